"""The huey worker path: enqueue through django.tasks' huey backend, then let the
consumer's code dequeue and run the task (in this process)."""

from huey.contrib.djhuey import HUEY

from ttdn.tracking.services import progress_submit
from ttdn.tracking.tasks import notify_review_decision


def test_task_enqueued_with_huey_backend_runs_in_the_worker(
    make_plan, officer_a, agency_a, coordinator, settings, mailoutbox, monkeypatch
):
    # A real worker closes stale connections around each task; here the worker runs
    # inside the test's transaction, whose connection must stay open.
    monkeypatch.setattr("huey.contrib.djhuey.close_old_connections", lambda: None)
    settings.TASKS = {"default": {"BACKEND": "huey.contrib.djhuey.tasks_backend.HueyBackend"}}
    HUEY.flush()
    officer_a.email = "canbo@example.vn"
    officer_a.save()
    task = make_plan(status="in_progress").tasks.get()
    update = progress_submit(
        actor=officer_a, task=task, agency=agency_a, status="done", percent=100
    )
    update.review_state = "accepted"
    update.save()

    result = notify_review_decision.enqueue(update.pk)
    assert result.status == "READY"
    assert HUEY.pending_count() == 1
    assert mailoutbox == []

    huey_task = HUEY.dequeue()
    HUEY.execute(huey_task)

    assert HUEY.pending_count() == 0
    assert len(mailoutbox) == 1
    assert notify_review_decision.get_backend().get_result(result.id).return_value == 1


def test_tests_use_their_own_queue_file():
    assert HUEY.storage.filename.endswith("test-huey.sqlite3")
