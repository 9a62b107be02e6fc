"""The pages the tests that walk every page open, for each role, on the demo's data."""

from __future__ import annotations

from tests.helpers import http_client

Pages = list[tuple[str, list[tuple[str, dict[str, int]]]]]


def demo_ids(url: str) -> dict[str, int]:
    """A rejected change of the demo filer (its website and id) and the first change in the
    reviewer's queue."""

    def token(user: str) -> dict[str, str]:
        reply = http_client.post(
            f"{url}/v1/auth/login", json={"username": user, "password": f"{user}-pass"}, timeout=10
        )
        return {"Authorization": f"Bearer {reply.json()['token']}"}

    filer = token("demo")
    changes = http_client.get(f"{url}/v1/change-requests", headers=filer, timeout=10).json()[
        "items"
    ]
    rejected = next(c for c in changes if c["status"] == "first_review_rejected")
    queue = http_client.get(f"{url}/v1/review-queue", headers=token("reviewer"), timeout=10).json()[
        "items"
    ]
    return {
        "website_id": rejected["website_id"],
        "change_id": rejected["id"],
        "pending_id": queue[0]["change"]["id"],
    }


def every_page(url: str) -> Pages:
    """Each role's pages, with what each opens on (the demo's changes)."""
    ids = demo_ids(url)
    return [
        (
            "demo",
            [
                ("licenses", {}),
                ("change_access", {"website_id": ids["website_id"]}),
                ("review_status", {"change_id": ids["change_id"]}),
                ("migration", {}),
                ("history", {}),
            ],
        ),
        ("reviewer", [("review_queue", {}), ("review_detail", {"change_id": ids["pending_id"]})]),
        ("operator", [("operator", {})]),
    ]
