"""A person's deadlines as an iCalendar feed (RFC 5545, written by ``icalendar``)."""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from ttdn.activities.selectors import calendar_activities
from ttdn.plans.models import TaskStatus
from ttdn.urging.selectors import CalendarEntry, calendar_entries

PAST_DAYS = 60
FUTURE_DAYS = 400
MAX_EVENTS = 2_000


def feed_for(user, *, today: datetime.date | None = None) -> bytes:
    """All-day events for the deadlines on ``user``'s calendar, from two months back to
    a year ahead (at most 2,000), in Vietnamese."""
    today = today or timezone.localdate()
    entries = calendar_entries(
        user,
        start=today - datetime.timedelta(days=PAST_DAYS),
        end=today + datetime.timedelta(days=FUTURE_DAYS),
        today=today,
        limit=MAX_EVENTS,
    )
    with translation.override(settings.LANGUAGE_CODE):
        cal = Calendar()
        cal.add("prodid", "-//ttdn//deadlines//VI")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", _("ttdn: task deadlines"))
        cal.add("x-wr-timezone", settings.TIME_ZONE)
        stamp = timezone.now()
        for entry in entries:
            cal.add_component(_event(entry, stamp))
        activities = calendar_activities(
            user,
            start=today - datetime.timedelta(days=PAST_DAYS),
            end=today + datetime.timedelta(days=FUTURE_DAYS),
        )
        for activity in activities:
            cal.add_component(_activity_event(activity, stamp))
        return cal.to_ical()


def _activity_event(activity, stamp: datetime.datetime) -> Event:
    """An activity (a press conference, a training course …) as an all-day event."""
    url = settings.TTDN_BASE_URL + reverse("activities:detail", args=[activity.kind, activity.pk])
    event = Event()
    event.add("uid", f"ttdn-activity-{activity.pk}@{settings.TTDN_BASE_URL.split('//')[-1]}")
    event.add("dtstamp", stamp)
    event.add("dtstart", activity.start_date)
    event.add("dtend", activity.last_day + datetime.timedelta(days=1))
    title = " ".join(activity.title.split())
    event.add("summary", f"{activity.get_kind_display()}: {title[:150]}")
    if activity.place:
        event.add("location", activity.place)
    event.add("description", f"{activity.agency}\n{url}")
    event.add("url", url)
    event.add("transp", "TRANSPARENT")
    return event


def _event(entry: CalendarEntry, stamp: datetime.datetime) -> Event:
    task = entry.task
    text = " ".join(task.text.split())
    summary = text if len(text) <= 150 else text[:149] + "…"
    if entry.status == "late":
        summary = _("[Late] {task}").format(task=summary)
    url = settings.TTDN_BASE_URL + reverse("pages:task", args=[task.pk])
    event = Event()
    event.add("uid", f"ttdn-deadline-{entry.deadline_id}@{settings.TTDN_BASE_URL.split('//')[-1]}")
    event.add("dtstamp", stamp)
    event.add("dtstart", entry.day)
    event.add("dtend", entry.day + datetime.timedelta(days=1))
    event.add("summary", summary)
    event.add(
        "description",
        _("Plan: {plan}\nTask: {task}\nStatus: {status}\n{url}").format(
            plan=task.plan.number or task.plan.title,
            task=text[:2000],
            status=_late_or(entry),
            url=url,
        ),
    )
    event.add("url", url)
    event.add("transp", "TRANSPARENT")
    return event


def _late_or(entry: CalendarEntry) -> str:
    return str(dict(TaskStatus.choices).get(entry.status, entry.status))
