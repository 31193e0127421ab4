"""A private D-Bus system bus for the benchmarks: Safe Eyes will not start without one, and the
machine's own (/run/dbus) may be missing or stale. Every program gets its address."""

from __future__ import annotations

import subprocess
from pathlib import Path

# Like the distribution's system bus: EXTERNAL authentication on a Unix socket. No services
# are activated; anyone may own names, so programs that register one start as they would.
_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_type="method_return"/>
    <allow send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="signal"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow eavesdrop="true"/>
  </policy>
</busconfig>
"""


class SystemBus:
    """dbus-daemon on a socket in ``folder``; ``address`` goes in DBUS_SYSTEM_BUS_ADDRESS."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        config = folder / "system-bus.conf"
        config.write_text(_CONFIG.format(socket=folder / "system_bus_socket"))
        self.proc = subprocess.Popen(
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile",
             "--print-address=1"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.address = self.proc.stdout.readline().strip()
        if not self.address:
            self.stop()
            raise RuntimeError("the private system bus did not start")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        self.proc.stdout.close()

    def __enter__(self) -> SystemBus:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
