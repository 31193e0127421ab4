"""The back program: Align, then Stabilize, then Maintain, and where the user is in it.

The sources give only the order (gentle mobility first, strength with a steady spine next,
then keeping both up), and no rule for when to move on beyond "as you adapt". DeskStretch moves
on after SESSIONS_PER_STAGE completed sessions of the current stage: six sessions, two to three
weeks at two or three a week, which is when the sources expect results to begin to show.
Maintain is the last stage and has no end.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from deskstretch.core.routines import Routine

SESSIONS_PER_STAGE = 6
# Not a routine: the name under which the program's current stage is offered
# (`deskstretch stretch program`, the tray's routine menu).
PROGRAM = "program"
# Each stage is the routine of the same id (core/library.py).
STAGES = ("align", "stabilize", "maintain")
NAMES = {"align": "Align", "stabilize": "Stabilize", "maintain": "Maintain"}


@dataclass(frozen=True)
class Progress:
    """Where the user is: the stage, and how many of its sessions they have completed."""

    stage: str = STAGES[0]
    sessions: int = 0

    @property
    def routine_id(self) -> str:
        return self.stage

    def routine(self, routines: Mapping[str, Routine]) -> Routine:
        """The current stage's routine."""
        return routines[self.routine_id]

    @property
    def last_stage(self) -> bool:
        return self.stage == STAGES[-1]

    def completed(self, routine_id: str) -> Progress:
        """The progress after a routine was done to the end: a session of the current stage
        counts, and the last one of a stage moves on to the next; anything else changes
        nothing."""
        if routine_id != self.routine_id:
            return self
        done = self.sessions + 1
        if done >= SESSIONS_PER_STAGE and not self.last_stage:
            return Progress(STAGES[STAGES.index(self.stage) + 1], 0)
        return Progress(self.stage, done)

    def describe(self) -> str:
        """One line for the tray and the finish screen."""
        name = NAMES[self.stage]
        if self.last_stage:
            return f"{name}, {self.sessions} done" if self.sessions else name
        return f"{name}, {self.sessions} of {SESSIONS_PER_STAGE} done"

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "sessions": self.sessions}

    @classmethod
    def from_dict(cls, data: Any) -> tuple[Progress, str | None]:
        """Progress from what to_dict gave; anything else starts over, with the reason."""
        if not isinstance(data, dict):
            return cls(), "it does not hold a stage and a number of sessions"
        stage, sessions = data.get("stage"), data.get("sessions")
        if stage not in STAGES:
            allowed = ", ".join(f'"{s}"' for s in STAGES)
            return cls(), f"stage {stage!r} is not one of {allowed}"
        if not isinstance(sessions, int) or isinstance(sessions, bool) or sessions < 0:
            return cls(), f"sessions {sessions!r} is not a whole number of 0 or more"
        if not cls(stage).last_stage:
            sessions = min(sessions, SESSIONS_PER_STAGE - 1)
        return cls(stage, sessions), None
