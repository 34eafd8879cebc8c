"""The register pages: the permission matrix over every register, forms, lists, sections."""

import datetime as dt

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ttdn.activities.models import Activity, Spokesperson
from ttdn.activities.registers import REGISTERS
from ttdn.activities.tests.test_services import EVERY_CODE, png_bytes

FORM_DATA = {
    "press_conferences": {"variant": "periodic", "reporters_count": "25"},
    "statements": {"variant": "release", "outlet": "Báo Đồng Nai"},
    "interviews": {"interviewee": "Phó Chủ tịch UBND tỉnh"},
    "corrections": {"status": "sent", "outlet": "Báo X"},
    "press_briefings": {"host": "Ban Tuyên giáo"},
    "trainings": {"attendees_officials": "40", "attendees_reporters": "12"},
    "events": {"variant": "investment", "country": "Hàn Quốc"},
    "delegations": {"variant": "out", "country": "Nhật Bản"},
    "foreign_reporters": {"status": "approved", "reporters_count": "3"},
    "publications": {"variant": "newsletter", "language": "en", "copies": "1000"},
}


def form_data(code, agency, **extra):
    if code == "spokespersons":
        data = {"name": "Trần Thị B", "position": "Phó Giám đốc", "appointed_from": "2026-01-01"}
    elif code == "portal_content":
        data = {"language": "ko", "month": "2026-04", "items": "15"}
    else:
        data = {"title": "Một hoạt động", "start_date": "2026-04-10", **FORM_DATA[code]}
    return {"agency": str(agency.pk), **data, **extra}


@pytest.fixture
def entries(record):
    """One entry of agency A in every register."""
    return {code: record(code) for code in EVERY_CODE}


def detail(code, pk):
    return reverse("activities:detail", args=[code, pk])


def test_anonymous_visitors_are_sent_to_log_in(client, entries):
    for code, entry in entries.items():
        for url in (
            reverse("activities:index"),
            reverse("activities:list", args=[code]),
            detail(code, entry.pk),
            reverse("activities:create", args=[code]),
        ):
            response = client.get(url)
            assert response.status_code == 302 and "/login" in response["Location"], url


@pytest.mark.parametrize("code", EVERY_CODE)
def test_permission_matrix(
    client, entries, code, officer_a, officer_b, coordinator, leader, press_officer
):
    entry = entries[code]
    edit = reverse("activities:edit", args=[code, entry.pk])
    delete = reverse("activities:delete", args=[code, entry.pk])
    published = code == "spokespersons"  # every signed-in user reads the list
    expected_detail = {
        officer_a: 200,
        officer_b: 200 if published else 404,
        coordinator: 200,
        leader: 200,
        press_officer: 200,
    }
    for user, status in expected_detail.items():
        client.force_login(user)
        assert client.get(detail(code, entry.pk)).status_code == status, user
        listed = client.get(reverse("activities:list", args=[code]))
        assert listed.status_code == 200
        assert (entry.title in listed.content.decode()) == (status == 200), user
        # Only the recording agency changes it: 403 to those who see it, 404 to others.
        forbidden = 403 if status == 200 else 404
        assert client.get(edit).status_code == (200 if user == officer_a else forbidden)
        if user != officer_a:
            assert client.post(delete).status_code == (403 if status == 200 else 404)
    client.force_login(officer_a)
    assert client.post(delete).status_code == 302
    assert not REGISTERS[code].model.objects.filter(pk=entry.pk).exists()


def test_confidential_entries_are_hidden_from_those_without_clearance(
    client, record, officer_a, coordinator, leader, press_officer, make_user, agency_a, agency_b
):
    secret = record("delegations", title="Đoàn vào bí mật", confidential=True, agencies=[agency_b])
    involved = make_user("ob2", "officer", agencies=[agency_b])
    for user, status in [
        (officer_a, 200),
        (coordinator, 200),
        (leader, 200),
        (press_officer, 404),
        (involved, 404),
    ]:
        client.force_login(user)
        assert client.get(detail("delegations", secret.pk)).status_code == status, user
    # Shared but not confidential: the involved agency sees it.
    shared = record("delegations", title="Đoàn vào chung", agencies=[agency_b])
    client.force_login(involved)
    assert client.get(detail("delegations", shared.pk)).status_code == 200


@pytest.mark.parametrize("code", EVERY_CODE)
def test_an_officer_records_through_the_form(client, officer_a, agency_a, code):
    client.force_login(officer_a)
    url = reverse("activities:create", args=[code])
    assert client.get(url).status_code == 200
    response = client.post(url, form_data(code, agency_a))
    assert response.status_code == 302, response.context["form"].errors
    entry = REGISTERS[code].model.objects.get()
    assert response["Location"] == detail(code, entry.pk)
    assert entry.agency == agency_a and entry.created_by == officer_a
    page = client.get(response["Location"])
    assert page.status_code == 200


def test_the_form_refuses_another_agency_and_shows_translated_errors(
    client, officer_a, agency_a, agency_b
):
    client.force_login(officer_a)
    url = reverse("activities:create", args=["trainings"])
    response = client.post(url, form_data("trainings", agency_b))
    assert response.status_code == 200 and not Activity.objects.exists()
    assert "agency" in response.context["form"].errors
    response = client.post(
        url,
        form_data(
            "trainings",
            agency_a,
            start_date="2026-05-02",
            end_date="2026-05-01",
            attendees_leaders="-3",
        ),
    )
    errors = response.context["form"].errors
    assert "attendees_leaders" in errors and "end_date" in errors
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # the messages in English
    response = client.post(url, form_data("trainings", agency_a, title="<b>Tập huấn</b>"))
    assert response.context["form"].errors["title"] == [
        "Write plain text: HTML tags are not allowed here."
    ]
    assert not Activity.objects.exists()


def test_files_are_uploaded_checked_and_downloaded(
    client, officer_a, officer_b, agency_a, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(officer_a)
    url = reverse("activities:create", args=["events"])
    data = form_data("events", agency_a)
    data["files"] = [SimpleUploadedFile("khai-mac.png", png_bytes(), "image/png")]
    response = client.post(url, data)
    assert response.status_code == 302
    activity = Activity.objects.get()
    photo = activity.files.get()
    page = client.get(detail("events", activity.pk)).content.decode()
    thumb_url = reverse("activities:thumbnail", args=[activity.pk, photo.pk])
    assert thumb_url in page
    assert client.get(thumb_url)["Content-Type"] == "image/jpeg"
    download = client.get(reverse("activities:file", args=[activity.pk, photo.pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content) == png_bytes()
    client.force_login(officer_b)
    assert client.get(reverse("activities:file", args=[activity.pk, photo.pk])).status_code == 404
    # A renamed file is refused with the reason.
    client.force_login(officer_a)
    data = form_data("events", agency_a)
    data["files"] = [SimpleUploadedFile("anh.jpg", b"%PDF-1.4 not a photo", "image/jpeg")]
    response = client.post(url, data)
    assert response.status_code == 200 and "files" in response.context["form"].errors
    assert Activity.objects.count() == 1


def test_the_edit_form_shows_the_links_it_keeps(client, record, officer_a, agency_b, plans):
    task = plans["internal"].tasks.get()
    entry = record("interviews", tasks=[task], agencies=[agency_b])
    client.force_login(officer_a)
    form = client.get(reverse("activities:edit", args=["interviews", entry.pk])).context["form"]
    assert form["tasks"].value() == [task.pk]
    assert form["agencies"].value() == [agency_b.pk]


def test_edit_keeps_the_version(client, record, officer_a, agency_a):
    entry = record("interviews")
    client.force_login(officer_a)
    url = reverse("activities:edit", args=["interviews", entry.pk])
    data = form_data("interviews", agency_a, title="Đã sửa", version="1")
    assert client.post(url, data).status_code == 302
    entry.refresh_from_db()
    assert entry.title == "Đã sửa" and entry.version == 2
    stale = client.post(url, form_data("interviews", agency_a, title="Cũ", version="1"))
    assert stale.status_code == 302 and stale["Location"] == url
    entry.refresh_from_db()
    assert entry.title == "Đã sửa"


def test_list_filters_and_search(client, record, officer_a, plans):
    task = plans["internal"].tasks.get()
    record("events", title="Hội chợ thương mại quốc tế", variant="fair", tasks=[task])
    record("events", title="Triển lãm ảnh Đồng Nai", variant="exhibition", abroad=True)
    record("events", title="Giao lưu văn hóa", variant="cultural", start_date=dt.date(2025, 6, 1))
    client.force_login(officer_a)
    url = reverse("activities:list", args=["events"])

    def titles(**params):
        response = client.get(url, params)
        return sorted(row["title"] for row in response.context["rows"])

    assert len(titles()) == 3
    assert titles(q="hoi cho") == ["Hội chợ thương mại quốc tế"]
    assert titles(variant="exhibition") == ["Triển lãm ảnh Đồng Nai"]
    assert titles(abroad="1") == ["Triển lãm ảnh Đồng Nai"]
    assert titles(start="2026-01-01") == ["Hội chợ thương mại quốc tế", "Triển lãm ảnh Đồng Nai"]
    assert titles(task=task.pk) == ["Hội chợ thương mại quốc tế"]
    assert titles(plan=task.plan_id) == ["Hội chợ thương mại quốc tế"]
    assert client.get(url, {"start": "not a date"}).status_code == 200
    partial = client.get(url, {"q": "trien lam"}, HTTP_HX_REQUEST="true")
    assert "<html" not in partial.content.decode()
    assert "Triển lãm ảnh Đồng Nai" in partial.content.decode()


def test_list_pages_use_a_bounded_number_of_queries(
    client, record, officer_a, django_assert_max_num_queries
):
    for i in range(40):
        record("press_conferences", title=f"Họp báo {i}")
    client.force_login(officer_a)
    with django_assert_max_num_queries(14):
        response = client.get(reverse("activities:list", args=["press_conferences"]))
    assert len(response.context["rows"]) == 30


def test_an_unknown_register_is_a_404(client, officer_a):
    client.force_login(officer_a)
    assert client.get("/activities/nope/").status_code == 404


def test_activities_show_on_the_task_agency_and_calendar_pages(
    client, record, officer_a, officer_b, plans, agency_a
):
    task = plans["public"].tasks.get()
    record("trainings", title="Tập huấn phát ngôn", tasks=[task], start_date=dt.date(2026, 4, 3))
    client.force_login(officer_a)
    assert (
        "Tập huấn phát ngôn" in client.get(reverse("pages:task", args=[task.pk])).content.decode()
    )
    agency_page = client.get(reverse("pages:agency", args=[agency_a.pk])).content.decode()
    assert "Tập huấn phát ngôn" in agency_page
    calendar = client.get(reverse("urging:calendar"), {"month": "2026-04"}).content.decode()
    assert "Tập huấn phát ngôn" in calendar
    # Another agency's officer and anonymous visitors of the public task do not see it.
    client.force_login(officer_b)
    assert (
        "Tập huấn phát ngôn"
        not in client.get(reverse("pages:task", args=[task.pk])).content.decode()
    )
    client.logout()
    assert (
        "Tập huấn phát ngôn"
        not in client.get(reverse("pages:task", args=[task.pk])).content.decode()
    )


def test_the_calendar_feed_has_the_activities(client, record, officer_a):
    from ttdn.urging.ics import feed_for

    record("press_briefings", title="Giao ban báo chí tháng 4", start_date=dt.date(2026, 4, 7))
    feed = feed_for(officer_a, today=dt.date(2026, 4, 1)).decode()
    assert "Giao ban b" in feed and "DTSTART;VALUE=DATE:20260407" in feed


def test_the_index_counts_what_the_user_sees(client, record, officer_b, officer_a):
    record("trainings")
    client.force_login(officer_b)
    counts = dict(
        (r.code, n) for r, n in client.get(reverse("activities:index")).context["registers"]
    )
    assert counts["trainings"] == 0
    client.force_login(officer_a)
    counts = dict(
        (r.code, n) for r, n in client.get(reverse("activities:index")).context["registers"]
    )
    assert counts["trainings"] == 1


def test_spokespersons_list_only_those_in_office(client, record, officer_b):
    record(
        "spokespersons",
        name="Người cũ",
        appointed_from=dt.date(2020, 1, 1),
        appointed_to=dt.date(2021, 1, 1),
    )
    record("spokespersons", name="Người đương nhiệm", appointed_from=dt.date(2024, 1, 1))
    client.force_login(officer_b)
    response = client.get(reverse("activities:list", args=["spokespersons"]), {"current": "on"})
    assert [r["title"] for r in response.context["rows"]] == ["Người đương nhiệm"]
    assert Spokesperson.objects.count() == 2
