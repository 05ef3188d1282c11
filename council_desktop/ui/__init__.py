"""The window (Qt only). Imported before any of its modules: first, None kept alive (see none_guard)."""
from .none_guard import keep_none_alive

keep_none_alive()
