"""Files on disk: where they live and how they are read and written safely."""
