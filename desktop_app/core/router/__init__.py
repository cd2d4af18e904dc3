"""Identifying the customer's router: default gateway, its MAC vendor, its UPnP description,
and the matching guide. Read-only: nothing here logs in to or changes the router."""
