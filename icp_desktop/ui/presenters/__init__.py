"""Presenters: each rule or word the interface shows, in one place.

:mod:`.workflow` names statuses, actors, actions, roles and regions; :mod:`.errors` words a
failed call. Deadlines are worded in :mod:`icp_desktop.ui.widgets.deadline`.
"""
