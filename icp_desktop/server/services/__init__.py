"""Services: the workflow and data rules behind the routes. They own transactions and commit."""
