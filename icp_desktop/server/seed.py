"""Demo data: four accounts, subjects, websites and service resources (``seed-demo``, ``--demo``).

Addresses are public-looking data only; nothing ever connects to them.
"""

from __future__ import annotations

import ipaddress
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from icp_desktop.domain.status import Role
from icp_desktop.server.db import session_now
from icp_desktop.server.demo_changes import seed_demo_changes
from icp_desktop.server.models.accounts import Account
from icp_desktop.server.models.catalog import (
    ResourceIP,
    ServiceResource,
    Subject,
    Website,
    WebsiteIP,
)
from icp_desktop.server.services.accounts import create_account

# (username, password, role, display name, email, phone)
ACCOUNTS = (
    ("demo", "demo-pass", Role.FILER, "王磊（北京云栈科技）", "demo@example.com", "13800138000"),
    ("demo2", "demo2-pass", Role.FILER, "刘洋（杭州青禾网络）", "demo2@example.com", "13900139000"),
    ("reviewer", "reviewer-pass", Role.REVIEWER, "陈静（初审）", "reviewer@example.com", None),
    ("operator", "operator-pass", Role.OPERATOR, "赵强（管局对接）", "operator@example.com", None),
)

# owner -> [(subject name, license number, type, province, [(website name, domain, content, ips)])]
SUBJECTS: dict[str, list[tuple[str, str, str, str, list[tuple[str, str, str, list[str]]]]]] = {
    "demo": [
        (
            "北京云栈科技有限公司",
            "京ICP备20231234号",
            "企业",
            "北京",
            [
                ("云栈科技官网", "yunzhan-tech.cn", "企业官网", ["47.93.18.21"]),
                ("云栈商城", "shop.yunzhan-tech.cn", "在线商城", ["47.93.18.22"]),
                ("云栈开发者文档", "docs.yunzhan-tech.cn", "技术文档", ["47.93.18.21"]),
                ("云栈技术博客", "blog.yunzhan-tech.cn", "博客", ["47.93.18.22"]),
                ("云栈客服中心", "help.yunzhan-tech.cn", "在线客服", ["2400:3200:1600::21"]),
                (
                    "云栈招聘",
                    "jobs.yunzhan-tech.cn",
                    "企业招聘",
                    ["121.40.56.78", "2408:4002:1f20::18"],
                ),
            ],
        ),
        (
            "张伟",
            "沪ICP备19087654号",
            "个人",
            "上海",
            [
                ("张伟的个人博客", "zhangwei-blog.cn", "个人博客", ["121.40.56.78"]),
                ("光影集摄影作品", "zhangwei-photo.cn", "个人作品展示", ["121.40.56.79"]),
                ("读书笔记", "zw-notes.cn", "博客", ["39.96.140.33"]),
            ],
        ),
    ],
    "demo2": [
        (
            "杭州青禾网络科技有限公司",
            "浙ICP备21056789号",
            "企业",
            "浙江",
            [
                ("青禾网络官网", "qinghe-net.cn", "企业官网", ["47.98.66.101"]),
                ("青禾在线教育", "edu.qinghe-net.cn", "在线教育", ["47.98.66.102"]),
                ("青禾社区", "bbs.qinghe-net.cn", "论坛社区", ["47.98.66.101"]),
            ],
        ),
    ],
}

# Added after every website above, so that theirs keep their ids: owner -> [(subject license
# number, website name, domain, content, ips)]. Its demo change awaits MIIT SMS verification.
LATE_WEBSITES: dict[str, list[tuple[str, str, str, str, list[str]]]] = {
    "demo": [
        (
            "京ICP备20231234号",
            "云栈数据开放平台",
            "data.yunzhan-tech.cn",
            "数据服务",
            ["39.96.140.33"],
        )
    ],
}

# owner -> [(instance id, name, region, region name, mainland, billing, days to expiry, ips)]
RESOURCES: dict[str, list[tuple[str, str, str, str, bool, str, int | None, list[str]]]] = {
    "demo": [
        # serves five websites already: full
        (
            "i-2ze8a1b2c3d4e5f6",
            "web-prod-01",
            "cn-beijing",
            "华北2（北京）",
            True,
            "subscription",
            365,
            ["47.93.18.21", "47.93.18.22", "2400:3200:1600::21"],
        ),
        (
            "i-uf6d7e8f9a0b1c2d",
            "web-prod-02",
            "cn-shanghai",
            "华东2（上海）",
            True,
            "subscription",
            240,
            ["121.40.56.78", "121.40.56.79", "2408:4002:1f20::18"],
        ),
        # all addresses free: the natural target of a Change Access
        (
            "i-wz9k2m3n4p5q6r7s",
            "web-spare-01",
            "cn-shenzhen",
            "华南1（深圳）",
            True,
            "subscription",
            730,
            ["39.108.77.12", "39.108.77.13", "2408:4003:10a0::66"],
        ),
        (
            "i-bp1a9c8d7e6f5g4h",
            "batch-worker",
            "cn-hangzhou",
            "华东1（杭州）",
            True,
            "pay_as_you_go",
            None,
            ["114.55.201.9"],
        ),
        (
            "i-j6c3b2a1d0e9f8g7",
            "hk-edge",
            "cn-hongkong",
            "中国香港",
            False,
            "subscription",
            300,
            ["47.242.30.15", "2408:8000:a00::5"],
        ),
        (
            "i-2zeb5c6d7e8f9a0b",
            "legacy-web",
            "cn-beijing",
            "华北2（北京）",
            True,
            "subscription",
            -60,
            ["39.96.140.33"],
        ),
    ],
    "demo2": [
        (
            "i-bp1qh0001a2b3c4d",
            "qh-web-01",
            "cn-hangzhou",
            "华东1（杭州）",
            True,
            "subscription",
            400,
            ["47.98.66.101", "47.98.66.102", "47.98.66.103", "2408:4005:3c0::9"],
        ),
    ],
}


async def seed_demo(session: AsyncSession) -> bool:
    """Add the demo data unless the ``demo`` account exists; True when something was added."""
    if await session.scalar(select(Account.id).where(Account.username == "demo")) is not None:
        await session.rollback()
        return False
    owners: dict[str, int] = {}
    for username, password, role, display, email, phone in ACCOUNTS:
        account = await create_account(
            session, username, password, role, display_name=display, email=email, phone=phone
        )
        owners[username] = account.id
    now = session_now(session)
    for owner, subjects in SUBJECTS.items():
        for name, license_number, kind, province, websites in subjects:
            subject = Subject(
                owner_id=owners[owner],
                name=name,
                license_number=license_number,
                subject_type=kind,
                province=province,
            )
            session.add(subject)
            await session.flush()
            for seq, (site, domain, content, ips) in enumerate(websites, start=1):
                website = Website(
                    subject_id=subject.id,
                    owner_id=owners[owner],
                    seq=seq,
                    license_number=f"{license_number}-{seq}",
                    name=site,
                    domain=domain,
                    service_content=content,
                    version=1,
                    updated_at=now,
                )
                session.add(website)
                await session.flush()
                for position, address in enumerate(ips):
                    session.add(
                        WebsiteIP(website_id=website.id, address=address, position=position)
                    )
    for owner, late in LATE_WEBSITES.items():
        for subject_license, site, domain, content, ips in late:
            subject_id = await session.scalar(
                select(Subject.id).where(Subject.license_number == subject_license)
            )
            assert subject_id is not None
            seq = len(next(w for w in SUBJECTS[owner] if w[1] == subject_license)[4]) + 1
            website = Website(
                subject_id=subject_id,
                owner_id=owners[owner],
                seq=seq,
                license_number=f"{subject_license}-{seq}",
                name=site,
                domain=domain,
                service_content=content,
                version=1,
                updated_at=now,
            )
            session.add(website)
            await session.flush()
            for position, address in enumerate(ips):
                session.add(WebsiteIP(website_id=website.id, address=address, position=position))
    for owner, resources in RESOURCES.items():
        for instance_id, name, region, region_name, mainland, billing, days, ips in resources:
            resource = ServiceResource(
                owner_id=owners[owner],
                instance_id=instance_id,
                instance_name=name,
                region=region,
                region_name=region_name,
                region_is_mainland=mainland,
                billing_type=billing,
                expires_at=None if days is None else now + timedelta(days=days),
            )
            session.add(resource)
            await session.flush()
            for address in ips:
                session.add(
                    ResourceIP(
                        resource_id=resource.id,
                        address=address,
                        version=ipaddress.ip_address(address).version,
                    )
                )
    await session.commit()
    await seed_demo_changes(session)
    return True
