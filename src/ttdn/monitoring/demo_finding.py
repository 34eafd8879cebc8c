"""Demo monitored topics (decision 0032): what a Đồng Nai press office would watch."""

from ttdn.directory.models import AdministrativeUnit, UnitLevel
from ttdn.monitoring.models import Topic
from ttdn.monitoring.topics import topic_create

DEMO_TOPICS = [
    # (name, query, about the locality, kinds)
    (
        "Đầu tư nước ngoài",
        'đầu tư* OR FDI OR invest* OR "khu công nghiệp" OR "industrial park*"',
        True,
        [],
    ),
    ("Sân bay Long Thành", '"Long Thành" NEAR/3 ("sân bay" OR airport)', False, []),
    ("Báo nước ngoài viết về tỉnh", '"dong nai" OR "binh phuoc" OR "bien hoa"', False, ["foreign"]),
    (
        "Môi trường, thiên tai",
        '("ô nhiễm" OR pollution OR lũ OR flood* OR "sạt lở") NOT "xổ số"',
        True,
        [],
    ),
    ("Tin sai sự thật", '"sai sự thật" OR "xuyên tạc" OR "fake news" OR "bịa đặt"', True, []),
]


def demo_topics(*, owner) -> int:
    """Create the demo topics once (their names are unique); returns how many exist."""
    province = AdministrativeUnit.objects.filter(
        level=UnitLevel.PROVINCE, name="Đồng Nai", valid_to__isnull=True
    ).first()
    for name, query, local, kinds in DEMO_TOPICS:
        if not Topic.objects.filter(name=name).exists():
            topic_create(
                actor=owner,
                name=name,
                query=query,
                locality=province if local else None,
                kinds=kinds,
            )
    return Topic.objects.count()
