"""Pure rules shared by the service and the desktop app: no Qt, no HTTP, no database."""
