"""ORM models. Importing this package registers every table on ``Base.metadata``."""

from icp_desktop.server.models import (
    accounts,
    administration,
    audit,
    authorization,
    calendar,
    catalog,
    migration,
    reconciliation,
    workflow,
)
from icp_desktop.server.models.base import Base

__all__ = [
    "Base",
    "accounts",
    "administration",
    "audit",
    "authorization",
    "calendar",
    "catalog",
    "migration",
    "reconciliation",
    "workflow",
]
