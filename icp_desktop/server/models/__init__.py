"""ORM models. Importing this package registers every table on ``Base.metadata``."""

from icp_desktop.server.models import accounts, audit, calendar, catalog, migration, workflow
from icp_desktop.server.models.base import Base

__all__ = ["Base", "accounts", "audit", "calendar", "catalog", "migration", "workflow"]
