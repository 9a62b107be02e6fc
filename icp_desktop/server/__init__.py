"""The filing service: FastAPI app, SQLAlchemy models, workflow services, gateway, notifier."""
