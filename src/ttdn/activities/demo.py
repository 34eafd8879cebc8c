"""Demo entries of the registers, built from the seeds' tasks through the registers' one
write path (``REGISTERS[code].create``), as an agency's officer would record them.

Each plan's tasks suggest the work done under them: a training task gets its courses, a
spokesperson task its press conferences and statements, a promotion task its fairs,
delegations and publications. Dates fall in the plan's year(s), never after today.
"""

from __future__ import annotations

import datetime as dt
import io
import random

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw

from ttdn.activities.registers import REGISTERS
from ttdn.plans.access import visible_tasks
from ttdn.plans.models import Plan, Task, TaskGroup

OUTLETS = [
    "Báo Đồng Nai",
    "Đài Phát thanh - Truyền hình Đồng Nai",
    "Báo Nhân Dân",
    "Thông tấn xã Việt Nam",
    "Báo Tuổi Trẻ",
    "VnExpress",
]
FOREIGN_OUTLETS = [
    ("NHK", "Nhật Bản"),
    ("Yonhap", "Hàn Quốc"),
    ("Nikkei Asia", "Nhật Bản"),
    ("Xinhua", "Trung Quốc"),
    ("The Korea Herald", "Hàn Quốc"),
]
PARTNERS = [
    ("Hàn Quốc", "Tỉnh Gyeongsangnam"),
    ("Nhật Bản", "Tỉnh Chiba"),
    ("Đài Loan (Trung Quốc)", "Hiệp hội doanh nghiệp Đài Loan"),
    ("Lào", "Tỉnh Champasak"),
    ("Campuchia", "Tỉnh Kampong Cham"),
    ("Đức", "Phòng Công nghiệp và Thương mại Đức"),
]
PLACES = [
    "Trung tâm Hội nghị tỉnh Đồng Nai, TP. Biên Hòa",
    "Hội trường UBND tỉnh Đồng Nai",
    "Khu công nghiệp Amata, TP. Biên Hòa",
    "Khu du lịch Bửu Long",
    "Vườn quốc gia Cát Tiên",
]


def _day(rng: random.Random, year: int, today: dt.date) -> dt.date:
    last = min(dt.date(year, 12, 31), today)
    first = dt.date(year, 1, 1)
    if last < first:
        return first
    return first + dt.timedelta(days=rng.randrange((last - first).days + 1))


def _entries_for(
    task: Task, rng: random.Random, day: dt.date, year: int, today: dt.date
) -> list[tuple]:
    """(register code, data) of the work a task of this group plausibly produced."""
    text = task.text.lower()
    outlet = rng.choice(OUTLETS)
    country, organisation = rng.choice(PARTNERS)
    group = task.group
    if group == TaskGroup.TRAINING or "tập huấn" in text or "bồi dưỡng" in text:
        return [
            (
                "trainings",
                {
                    "title": f"Lớp bồi dưỡng kiến thức, kỹ năng thông tin đối ngoại năm {year}",
                    "start_date": day,
                    "end_date": day + dt.timedelta(days=1),
                    "place": rng.choice(PLACES[:2]),
                    "host": "Sở Thông tin và Truyền thông",
                    "trainers": "Báo cáo viên Ban Tuyên giáo Trung ương; Bộ Ngoại giao",
                    "attendees_leaders": rng.randint(5, 20),
                    "attendees_spokespersons": rng.randint(3, 15),
                    "attendees_reporters": rng.randint(10, 40),
                    "attendees_officials": rng.randint(40, 120),
                },
            )
        ]
    if group in (TaskGroup.SPOKESPERSON, TaskGroup.PRESS_ORIENTATION) or "họp báo" in text:
        return [
            (
                "press_conferences",
                {
                    "variant": rng.choice(["periodic", "periodic", "ad_hoc"]),
                    "title": f"Họp báo cung cấp thông tin định kỳ quý {(day.month - 1) // 3 + 1}/{year}",
                    "start_date": day,
                    "place": PLACES[1],
                    "host": "Văn phòng UBND tỉnh",
                    "spokesperson": "Phó Chánh Văn phòng UBND tỉnh",
                    "outlets_count": rng.randint(10, 30),
                    "reporters_count": rng.randint(20, 60),
                    "articles_count": rng.randint(15, 80),
                },
            ),
            (
                "statements",
                {
                    "variant": rng.choice(["statement", "release"]),
                    "title": "Thông cáo báo chí về tình hình kinh tế - xã hội của tỉnh",
                    "start_date": day + dt.timedelta(days=1),
                    "spokesperson": "Người phát ngôn UBND tỉnh",
                    "outlet": outlet,
                },
            ),
            (
                "press_briefings",
                {
                    "title": f"Giao ban báo chí tháng {day.month}/{year}",
                    "start_date": day,
                    "host": "Ban Tuyên giáo Tỉnh ủy",
                    "outlets_count": rng.randint(8, 20),
                    "participants_count": rng.randint(20, 50),
                },
            ),
        ]
    if group == TaskGroup.COUNTERING:
        return [
            (
                "corrections",
                {
                    "title": "Đề nghị cải chính thông tin sai lệch về dự án khu công nghiệp",
                    "start_date": day,
                    "outlet": rng.choice(OUTLETS[3:]),
                    "status": rng.choice(["sent", "corrected"]),
                },
            ),
            (
                "interviews",
                {
                    "title": "Trả lời phỏng vấn về thu hút đầu tư nước ngoài",
                    "start_date": day,
                    "interviewee": "Phó Chủ tịch UBND tỉnh",
                    "outlet": outlet,
                    "articles_count": 1,
                },
            ),
        ]
    if group == TaskGroup.PROMOTION or "quảng bá" in text or "xúc tiến" in text:
        foreign_outlet, foreign_country = rng.choice(FOREIGN_OUTLETS)
        abroad = rng.random() < 0.3
        return [
            (
                "events",
                {
                    "variant": rng.choice(["fair", "exhibition", "investment", "cultural"]),
                    "title": f"Hội nghị xúc tiến đầu tư tỉnh Đồng Nai tại {country}"
                    if abroad
                    else f"Triển lãm ảnh “Đồng Nai - Hội nhập và phát triển” năm {year}",
                    "start_date": day,
                    "end_date": day + dt.timedelta(days=rng.randint(0, 3)),
                    "place": country if abroad else rng.choice(PLACES),
                    "abroad": abroad,
                    "country": country,
                    "host": "Sở Kế hoạch và Đầu tư"
                    if abroad
                    else "Sở Văn hóa, Thể thao và Du lịch",
                    "participants_count": rng.randint(50, 400),
                    "results": "Ký kết biên bản ghi nhớ hợp tác" if abroad else "",
                },
            ),
            (
                "delegations",
                {
                    "variant": "out" if abroad else "in",
                    "title": f"Đoàn công tác {organisation}",
                    "start_date": day,
                    "end_date": day + dt.timedelta(days=rng.randint(1, 5)),
                    "country": country,
                    "organisation": organisation,
                    "members_count": rng.randint(4, 15),
                    "programme": "Làm việc với UBND tỉnh; thăm khu công nghiệp",
                },
            ),
            (
                "foreign_reporters",
                {
                    "title": "Tìm hiểu môi trường đầu tư tại các khu công nghiệp",
                    "start_date": day,
                    "end_date": day + dt.timedelta(days=2),
                    "outlet": foreign_outlet,
                    "country": foreign_country,
                    "reporters_count": rng.randint(1, 4),
                    "permit_reference": f"{rng.randint(100, 999)}/BNG-TTBC",
                    "status": "done" if day < today else "approved",
                    "articles_count": rng.randint(1, 5),
                },
            ),
            (
                "publications",
                {
                    "variant": rng.choice(["newsletter", "brochure", "map", "video"]),
                    "title": f"Bản tin đối ngoại Đồng Nai số {day.month}/{year}",
                    "start_date": day,
                    "language": rng.choice(["en", "ko", "ja", "zh"]),
                    "copies": rng.choice([500, 1000, 2000]),
                    "distribution": "Các cơ quan đại diện, doanh nghiệp FDI",
                },
            ),
        ]
    return []


PHOTOS = 4  # events that get a photo (and so a thumbnail on their page)


def _photo(rng: random.Random, name: str) -> SimpleUploadedFile:
    """A plausible event photo: a JPEG drawn here (sky, ground, a stage, banners), checked
    and thumbnailed by the register's ``create`` like any upload."""
    image = Image.new("RGB", (1280, 853), (120, 170, 215))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 520, 1280, 853), fill=(90, 120, 80))
    draw.rectangle((240, 300, 1040, 560), fill=(170, 30, 40))
    for i in range(6):
        x = 260 + i * 130 + rng.randint(-10, 10)
        draw.rectangle((x, 330, x + 90, 420), fill=(250, 215, 60))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def demo_activities(*, plans: list[Plan], recorder_for, today: dt.date) -> int:
    """Entries for the tasks of ``plans``, recorded by ``recorder_for(agency)`` (the demo
    officer of the task's lead agency); spokespersons and portal figures for those agencies.
    Returns how many entries were made."""
    rng = random.Random(2026)  # noqa: S311 (plausible demo figures, not secrets)
    made = photos = 0
    agencies = {}
    for plan in plans:
        tasks = plan.tasks.prefetch_related("assignments__agency").order_by("order")
        for task in tasks:
            leads = [a.agency for a in task.assignments.all() if a.role == "lead" and a.agency_id]
            if not leads:
                continue
            agency = leads[0]
            actor = recorder_for(agency)
            if actor is None or not visible_tasks(actor).filter(pk=task.pk).exists():
                continue
            year = rng.randint(plan.period_start, plan.period_end)
            if year > today.year:
                continue
            for code, data in _entries_for(task, rng, _day(rng, year, today), year, today):
                if data["start_date"] > today:
                    continue
                # The task's coordinating agencies took part (counted for each of them).
                involved = [
                    a.agency
                    for a in task.assignments.all()
                    if a.role == "coordinating" and a.agency_id and a.agency_id != agency.pk
                ]
                data = {**data, "tasks": [task], "agencies": involved[:3]}
                if code == "events" and photos < PHOTOS:
                    photos += 1
                    data["files"] = [_photo(rng, f"anh-su-kien-{photos}.jpg")]
                if data.get("end_date") and data["end_date"] < data["start_date"]:
                    data["end_date"] = data["start_date"]
                REGISTERS[code].create(actor=actor, agency=agency, data=data)
                made += 1
            agencies[agency.pk] = (agency, actor)
    for index, (agency, actor) in enumerate(list(agencies.values())[:8]):
        REGISTERS["spokespersons"].create(
            actor=actor,
            agency=agency,
            data={
                "name": SPOKESPERSON_NAMES[index % len(SPOKESPERSON_NAMES)],
                "position": _spokesperson_position(agency.name),
                "phone": f"0251 38{rng.randint(10000, 99999)}",
                "email": f"phatngon.{_mail_domain(agency)}",
                "appointed_from": dt.date(today.year - 2, 1, 1),
            },
        )
        for month in range(1, today.month + 1):
            for language in ("en", "ko", "ja")[: 1 + index % 3]:
                REGISTERS["portal_content"].create(
                    actor=actor,
                    agency=agency,
                    data={
                        "language": language,
                        "month": dt.date(today.year, month, 1),
                        "items": rng.randint(3, 30),
                    },
                )
        made += 1
    return made


SPOKESPERSON_NAMES = (
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Hoàng Cường",
    "Phạm Thu Dung",
    "Hoàng Minh Đức",
    "Võ Thị Hạnh",
    "Đặng Quốc Khánh",
    "Bùi Thanh Lam",
)

# The deputy head who speaks for each kind of body (Decree 09/2017/NĐ-CP lets the head
# name a deputy), by the words its name starts with.
_POSITIONS = (
    ("sở", "Phó Giám đốc"),
    ("ban", "Phó Trưởng ban"),
    ("công an", "Phó Trưởng Công an"),
    ("văn phòng", "Phó Chánh Văn phòng"),
    ("ủy ban", "Chánh Văn phòng"),
    ("đài", "Phó Giám đốc"),
    ("báo", "Phó Tổng Biên tập"),
)


def _spokesperson_position(agency_name: str) -> str:
    name = agency_name.lower()
    return next((title for start, title in _POSITIONS if name.startswith(start)), "Người phát ngôn")


def _mail_domain(agency) -> str:
    """A plausible address of the agency's province: "<agency>@<province>.gov.vn"."""
    from ttdn.core.text import fold

    def slug(text: str) -> str:
        return "".join(ch for ch in fold(text).lower() if ch.isalnum())

    unit = agency.unit.name if agency.unit_id else "dongnai"
    for prefix in ("tinh ", "thanh pho "):
        if fold(unit).lower().startswith(prefix):
            unit = unit[len(prefix) :]
    short = slug(agency.short_name or agency.name)[:12] or "vp"
    return f"{short}@{slug(unit) or 'dongnai'}.gov.vn"
