#!/usr/bin/python3
"""The app's accessibility tree as a screen reader reads it through AT-SPI, for the
real-window suite (tests/real_window/tree.rs). Speaks D-Bus itself (Gio) and asks the
app's AT-SPI cache for all its nodes in one call: a walk node by node takes a second.

One request a line on stdin, one JSON answer a line on stdout:
  ready            -> {"ready": true} once the AT-SPI bus is up and switched on
  tree PID         -> {"nodes": [{"path", "parent", "role", "name", "description",
                       "states"}, ...]} in reading order (parent: index, -1 for the root)
  extents PID PATH -> {"x", "y", "w", "h"} in pixels of the app's window (the screen's
                      would be stale after the window moved: no window manager tells)
  text PID PATH    -> {"text": "..."}
  announcements    -> {"announcements": ["...", ...]}: every live announcement
                      (AT-SPI's Object:Announcement signal, what a screen reader speaks
                      without a focus change) heard since the reader started
"""

import json
import sys

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402

TIMEOUT_MS = 5000
# ATSPI_COORD_TYPE_WINDOW: relative to the app's window.
WINDOW_COORDS = 1


HEARD = []


def listen(bus):
    """Subscribes to announcements on a new connection to the accessibility bus."""
    def heard(_connection, _sender, _path, _interface, _signal, parameters):
        _kind, _detail1, _detail2, data, *_rest = parameters.unpack()
        HEARD.append(str(data))

    bus.signal_subscribe(None, "org.a11y.atspi.Event.Object", "Announcement", None, None,
                         Gio.DBusSignalFlags.NONE, heard)
    return bus


def a11y_bus():
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    reply = session.call_sync(
        "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress",
        None, GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, TIMEOUT_MS, None)
    address = reply.unpack()[0]
    flags = (Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
             | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION)
    return Gio.DBusConnection.new_for_address_sync(address, flags, None, None)


def call(bus, name, path, interface, method, args, reply_type):
    return bus.call_sync(name, path, interface, method, args,
                         GLib.VariantType(reply_type), Gio.DBusCallFlags.NONE,
                         TIMEOUT_MS, None).unpack()


def ready():
    """The AT-SPI bus answers and says that a screen reader is on (IsEnabled): an app
    started before that would stay silent, as AccessKit asks only at its start."""
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    (enabled,) = session.call_sync(
        "org.a11y.Bus", "/org/a11y/bus", "org.freedesktop.DBus.Properties", "Get",
        GLib.Variant("(ss)", ("org.a11y.Status", "IsEnabled")), GLib.VariantType("(v)"),
        Gio.DBusCallFlags.NONE, TIMEOUT_MS, None).unpack()
    if not enabled:
        raise RuntimeError("IsEnabled is false")
    a11y_bus()
    return {"ready": True}


def app_name(bus, pid):
    """The app's name on the accessibility bus: of the applications registered with
    the desktop, the one whose connection belongs to the process."""
    (children,) = call(bus, "org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root",
                       "org.a11y.atspi.Accessible", "GetChildren", None, "(a(so))")
    for name, _path in children:
        try:
            (owner,) = call(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                            "org.freedesktop.DBus", "GetConnectionUnixProcessID",
                            GLib.Variant("(s)", (name,)), "(u)")
        except GLib.Error:
            continue
        if owner == pid:
            return name
    return None


def state_names(bits):
    names = []
    for word, value in enumerate(bits):
        for bit in range(32):
            if value & (1 << bit):
                try:
                    names.append(Atspi.StateType(word * 32 + bit).value_nick)
                except ValueError:
                    names.append(str(word * 32 + bit))
    return names


def tree(bus, name):
    (items,) = call(bus, name, "/org/a11y/atspi/cache", "org.a11y.atspi.Cache",
                    "GetItems", None, "(a((so)(so)(so)iiassusau))")
    children = {}
    by_path = {}
    for (_, path), _app, (parent_bus, parent), index, _count, _ifaces, label, role, description, states in items:
        by_path[path] = (label, role, description, states)
        if parent_bus == name:
            children.setdefault(parent, []).append((index, path))
    inner = {path for kids in children.values() for _, path in kids}
    roots = [path for path in by_path if path not in inner]
    nodes = []

    def walk(path, parent):
        label, role, description, states = by_path[path]
        me = len(nodes)
        nodes.append({"path": path, "parent": parent,
                      "role": Atspi.role_get_name(Atspi.Role(role)), "name": label,
                      "description": description, "states": state_names(states)})
        for _, child in sorted(children.get(path, [])):
            if child in by_path:
                walk(child, me)

    for root in roots:
        walk(root, -1)
    return nodes


def answer(bus, names, request):
    words = request.split(" ", 2)
    if words[0] == "ready":
        return ready()
    if words[0] == "announcements":
        # Signals are delivered by the main loop, which this reader runs only here.
        while GLib.MainContext.default().iteration(False):
            pass
        return {"announcements": HEARD}
    pid = int(words[1])
    name = names.get(pid) or app_name(bus, pid)
    if name is None:
        return {"error": f"no application of process {pid} on the accessibility bus"}
    names[pid] = name
    if words[0] == "tree":
        return {"nodes": tree(bus, name)}
    if words[0] == "extents":
        ((x, y, w, h),) = call(bus, name, words[2], "org.a11y.atspi.Component", "GetExtents",
                               GLib.Variant("(u)", (WINDOW_COORDS,)), "((iiii))")
        return {"x": x, "y": y, "w": w, "h": h}
    if words[0] == "text":
        (text,) = call(bus, name, words[2], "org.a11y.atspi.Text", "GetText",
                       GLib.Variant("(ii)", (0, -1)), "(s)")
        return {"text": text}
    return {"error": f"unknown request {request!r}"}


def main():
    bus = None
    names = {}
    for line in sys.stdin:
        request = line.strip()
        if not request:
            continue
        try:
            if bus is None and not request.startswith("ready"):
                bus = listen(a11y_bus())
            result = answer(bus, names, request)
        except Exception as error:  # told to the test, which decides whether to ask again
            names.clear()
            bus = None
            result = {"error": str(error)}
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
