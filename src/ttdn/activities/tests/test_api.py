"""The registers' API: the pages' rules through ``/api/v1/registers…``."""

import datetime as dt

import pytest
from django.utils import translation

from ttdn.activities.models import Activity, Spokesperson
from ttdn.audit.models import AuditEntry

API = "/api/v1"


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def as_user(client, user, language="en"):
    client.logout()
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = language
    if user is not None:
        client.force_login(user)
    return client


def send(client, method, url, data):
    return getattr(client, method)(url, data, content_type="application/json")


@pytest.fixture
def entries(record, agency_b, officer_b):
    """A training of agency A, a confidential event of A, a training of agency B."""
    return {
        "own": record("trainings", title="Tập huấn kỹ năng phát ngôn", attendees_officials=30),
        "secret": record("events", title="Đón đoàn Lào", confidential=True),
        "other": record(
            "trainings", actor=officer_b, agency=agency_b, title="Tập huấn báo chí nước ngoài"
        ),
    }


# --- the permission matrix --------------------------------------------------------------

# Who reads which entry: officer_a records for A, officer_b for B, the press officer reads
# every agency's (not confidential ones), coordinators and leaders everything.
READS = [
    ("officer_a", "own", 200),
    ("officer_a", "secret", 200),
    ("officer_a", "other", 404),
    ("officer_b", "own", 404),
    ("officer_b", "secret", 404),
    ("officer_b", "other", 200),
    ("press_officer", "own", 200),
    ("press_officer", "secret", 404),
    ("coordinator", "secret", 200),
    ("leader", "secret", 200),
    (None, "own", 401),
]


@pytest.mark.parametrize(("who", "which", "status"), READS)
def test_reading_an_entry(client, request, entries, who, which, status):
    user = request.getfixturevalue(who) if who else None
    entry = entries[which]
    response = as_user(client, user).get(f"{API}/registers/{entry.kind}/entries/{entry.pk}")
    assert response.status_code == status
    if status == 200:
        body = response.json()
        assert body["id"] == entry.pk
        assert body["fields"]["title"] == entry.title
        assert body["version"] == entry.version


@pytest.mark.parametrize(
    ("who", "seen"),
    [
        ("officer_a", {"own"}),
        ("officer_b", {"other"}),
        ("press_officer", {"own", "other"}),
        ("coordinator", {"own", "other"}),
    ],
)
def test_listing_shows_what_the_list_page_shows(client, request, entries, who, seen):
    response = as_user(client, request.getfixturevalue(who)).get(
        f"{API}/registers/trainings/entries"
    )
    assert response.status_code == 200
    assert {e["id"] for e in response.json()["items"]} == {entries[k].pk for k in seen}
    assert response.json()["count"] == len(seen)


@pytest.mark.parametrize(
    ("who", "which", "status"),
    [
        ("officer_a", "own", 200),
        ("officer_a", "secret", 200),
        ("officer_b", "own", 404),
        ("officer_b", "secret", 404),
        ("press_officer", "own", 403),  # sees it, does not record for agency A
        ("coordinator", "secret", 403),
        ("leader", "own", 403),
    ],
)
def test_changing_an_entry(client, request, entries, who, which, status):
    entry = entries[which]
    response = send(
        as_user(client, request.getfixturevalue(who)),
        "patch",
        f"{API}/registers/{entry.kind}/entries/{entry.pk}",
        {"version": entry.version, "fields": {"title": "Đã sửa"}},
    )
    assert response.status_code == status
    entry.refresh_from_db()
    assert (entry.title == "Đã sửa") is (status == 200)


@pytest.mark.parametrize(
    ("who", "status"),
    [("officer_b", 404), ("press_officer", 403), ("coordinator", 403), ("officer_a", 204)],
)
def test_deleting_an_entry(client, request, entries, who, status):
    entry = entries["own"]
    response = as_user(client, request.getfixturevalue(who)).delete(
        f"{API}/registers/trainings/entries/{entry.pk}"
    )
    assert response.status_code == status
    assert Activity.objects.filter(pk=entry.pk).exists() is (status != 204)
    if status == 204:
        assert AuditEntry.objects.filter(action="activity.deleted").count() == 1


# --- create -----------------------------------------------------------------------------


def _training(**extra):
    return {
        "fields": {
            "title": "Bồi dưỡng kiến thức thông tin đối ngoại",
            "start_date": "2026-04-02",
            "end_date": "2026-04-03",
            "attendees_leaders": 5,
            "attendees_officials": 40,
            **extra,
        }
    }


def test_an_officer_records_a_training_linked_to_a_task(client, officer_a, agency_a, plans):
    task = plans["internal"].tasks.get()
    body = {**_training(), "task_ids": [task.pk], "links": ["https://dongnai.gov.vn/tin-bai"]}
    response = send(as_user(client, officer_a), "post", f"{API}/registers/trainings/entries", body)
    assert response.status_code == 201, response.json()
    created = response.json()
    assert created["agency"]["id"] == agency_a.pk  # their only agency
    assert created["task_ids"] == [task.pk]
    assert created["fields"]["attendees_officials"] == 40
    assert created["files"][0]["url"] == "https://dongnai.gov.vn/tin-bai"
    activity = Activity.objects.get(pk=created["id"])
    assert activity.attendees == 45
    assert AuditEntry.objects.filter(action="activity.created", target_id=str(activity.pk)).exists()


def test_an_officer_cannot_record_for_another_agency(client, officer_a, agency_b):
    response = send(
        as_user(client, officer_a),
        "post",
        f"{API}/registers/trainings/entries",
        {**_training(), "agency_id": agency_b.pk},
    )
    assert response.status_code == 422
    assert response.json()["errors"]["agency"] == [
        "You can record entries only for your own agencies."
    ]
    assert not Activity.objects.exists()


def test_someone_who_records_nothing_gets_a_403(client, leader):
    response = send(
        as_user(client, leader), "post", f"{API}/registers/trainings/entries", _training()
    )
    assert response.status_code == 403
    assert not Activity.objects.exists()


def test_a_task_the_officer_cannot_see_is_refused(client, officer_b, plans):
    hidden = plans["restricted"].tasks.get()  # led by agency A
    body = {**_training(), "task_ids": [hidden.pk]}
    response = send(as_user(client, officer_b), "post", f"{API}/registers/trainings/entries", body)
    assert response.status_code == 422
    assert "tasks" in response.json()["errors"]


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"end_date": "2026-04-01"}, "__all__", None),  # ends before it starts
        ({"attendees_officials": -3}, "attendees_officials", None),
        ({"attendees_officials": "40"}, "attendees_officials", "Enter a whole number."),
        ({"attendees_officials": True}, "attendees_officials", "Enter a whole number."),
        ({"start_date": 20260402}, "start_date", "Enter a valid date."),
        (
            {"title": "<b>Tập huấn</b>"},
            "title",
            "Write plain text: HTML tags are not allowed here.",
        ),
        ({"copies": 5}, "copies", "“Training courses” has no field “copies”."),
        ({"title": ""}, "title", "This field is required."),
    ],
)
def test_bad_input_is_a_422_with_the_message(client, officer_a, fields, field, message):
    response = send(
        as_user(client, officer_a),
        "post",
        f"{API}/registers/trainings/entries",
        _training(**fields),
    )
    assert response.status_code == 422, response.json()
    errors = response.json()["errors"]
    assert field in errors or (field == "__all__" and "end_date" in errors), errors
    if message:
        assert errors[field] == [message]
    assert not Activity.objects.exists()


def test_vietnamese_messages(client, officer_a):
    with translation.override("vi"):
        response = send(
            as_user(client, officer_a, "vi"),
            "post",
            f"{API}/registers/trainings/entries",
            _training(attendees_officials="40"),
        )
    assert response.status_code == 422
    assert response.json()["errors"]["attendees_officials"] == ["Vui lòng nhập số nguyên."]


def test_a_spokesperson_through_the_api(client, officer_a, officer_b):
    body = {
        "fields": {
            "name": "Trần Thị Bích",
            "position": "Phó Giám đốc",
            "email": "bich@dongnai.gov.vn",
            "appointed_from": "2026-01-05",
        }
    }
    response = send(
        as_user(client, officer_a), "post", f"{API}/registers/spokespersons/entries", body
    )
    assert response.status_code == 201, response.json()
    person = response.json()
    assert person["register_code"] == "spokespersons"
    # The published list: everyone signed in reads it; only the agency changes it.
    listed = as_user(client, officer_b).get(f"{API}/registers/spokespersons/entries?q=tran thi")
    assert [p["id"] for p in listed.json()["items"]] == [person["id"]]
    url = f"{API}/registers/spokespersons/entries/{person['id']}"
    change = {"version": person["version"], "fields": {"position": "Giám đốc"}}
    assert send(client, "patch", url, change).status_code == 403
    assert Spokesperson.objects.get().position == "Phó Giám đốc"


# --- update: partial, versioned -----------------------------------------------------------


def test_a_change_keeps_the_fields_left_out_and_a_stale_version_is_a_409(
    client, officer_a, entries, plans
):
    entry = entries["own"]
    task = plans["internal"].tasks.get()
    entry.tasks.set([task])
    url = f"{API}/registers/trainings/entries/{entry.pk}"
    as_user(client, officer_a)
    response = send(
        client, "patch", url, {"version": entry.version, "fields": {"place": "Biên Hòa"}}
    )
    assert response.status_code == 200, response.json()
    changed = response.json()
    assert changed["version"] == entry.version + 1
    assert changed["fields"]["place"] == "Biên Hòa"
    assert changed["fields"]["title"] == "Tập huấn kỹ năng phát ngôn"
    assert changed["fields"]["attendees_officials"] == 30
    assert changed["task_ids"] == [task.pk]
    # The same version again: someone changed it meanwhile.
    stale = send(
        client, "patch", url, {"version": entry.version, "fields": {"place": "Long Khánh"}}
    )
    assert stale.status_code == 409
    assert stale.json()["detail"]
    entry.refresh_from_db()
    assert entry.place == "Biên Hòa"
    assert AuditEntry.objects.filter(action="activity.changed").count() == 1


# --- list filters -------------------------------------------------------------------------


def test_the_list_filters_as_the_list_page(client, record, coordinator, agency_a, agency_b, plans):
    task = plans["internal"].tasks.get()
    march = record("trainings", title="Tập huấn phát ngôn", start_date=dt.date(2026, 3, 5))
    march.tasks.set([task])
    record("trainings", title="Hội nghị báo chí", start_date=dt.date(2026, 5, 5))
    url = f"{API}/registers/trainings/entries"
    as_user(client, coordinator)

    def ids(query):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 200, response.json()
        return [e["id"] for e in response.json()["items"]]

    assert ids("q=tap huan phat ngon") == [march.pk]  # without diacritics
    assert ids("start=2026-03-01&end=2026-03-31") == [march.pk]
    assert ids(f"plan={plans['internal'].pk}") == [march.pk]
    assert ids(f"task={task.pk}") == [march.pk]
    assert len(ids(f"agency={agency_a.pk}")) == 2
    assert ids(f"agency={agency_b.pk}") == []
    assert len(ids("limit=1")) == 1
    bad = client.get(f"{url}?start=05/03/2026")
    assert bad.status_code == 422 and "start" in bad.json()["errors"]
    unknown = client.get(f"{API}/registers/nope/entries")
    assert unknown.status_code == 422


def test_the_registers_describe_their_fields(client, officer_a):
    response = as_user(client, officer_a).get(f"{API}/registers")
    assert response.status_code == 200
    registers = {r["code"]: r for r in response.json()}
    assert len(registers) == 12
    fields = {f["name"]: f for f in registers["publications"]["fields"]}
    assert fields["copies"]["type"] == "integer"
    assert fields["start_date"]["type"] == "date"
    assert "en" in {c["value"] for c in fields["language"]["choices"]}
    assert {c["value"] for c in fields["variant"]["choices"]} >= {"newsletter", "brochure"}
    assert registers["portal_content"]["links_tasks"] is False


def test_portal_figures_change_by_month_and_stay_unique(client, record, officer_a):
    march = record("portal_content", month=dt.date(2026, 3, 1), items=12)
    record("portal_content", month=dt.date(2026, 4, 1), items=7)
    url = f"{API}/registers/portal_content/entries/{march.pk}"
    as_user(client, officer_a)
    response = send(client, "patch", url, {"version": march.version, "fields": {"items": 15}})
    assert response.status_code == 200, response.json()
    assert response.json()["fields"] == {
        "language": "en",
        "month": "2026-03-01",
        "items": 15,
        "notes": "",
    }
    # April already has its English figure: the register's constraint answers, on a field.
    clash = send(
        client,
        "patch",
        url,
        {"version": march.version + 1, "fields": {"month": "2026-04"}},
    )
    assert clash.status_code == 422
    march.refresh_from_db()
    assert (march.month, march.items) == (dt.date(2026, 3, 1), 15)
    listed = client.get(f"{API}/registers/portal_content/entries?year=2026&language=en")
    assert [row["fields"]["items"] for row in listed.json()["items"]] == [7, 15]
