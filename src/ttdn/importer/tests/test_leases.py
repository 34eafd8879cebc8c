"""Import jobs whose worker dies: the lease, its renewal, the sweep, retry and discard.

The clock is moved with time-machine; the pipeline is replaced by a fake
(``test_services.fake_analyser``) so a "worker" is a plain call of ``import_job_run``.
A real worker process killed mid-job is ``test_worker_kill.py``.
"""

import datetime
from types import SimpleNamespace

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.tasks import default_task_backend
from django.utils import timezone, translation

from ttdn.audit.models import AuditEntry
from ttdn.importer import services
from ttdn.importer.models import ImportJob, ImportStatus
from ttdn.importer.result import ExtractionResult
from ttdn.importer.tests.test_services import sample_result, text_upload
from ttdn.plans.models import Plan, Task

START = datetime.datetime(2026, 3, 2, 8, 0, tzinfo=datetime.UTC)
LEASE = 300


@pytest.fixture(autouse=True)
def _settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TTDN_IMPORT_LEASE_SECONDS = LEASE
    settings.TTDN_IMPORT_MAX_ATTEMPTS = 3
    settings.TTDN_IMPORT_QUEUE_PATIENCE_SECONDS = 600


@pytest.fixture
def clock():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


@pytest.fixture
def result(agency_a, agency_b):
    return sample_result(agency_a, agency_b)


DUMMY = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def queued(coordinator, settings, clock):
    """A job uploaded while no worker runs: messages stay in the (dummy) task backend."""
    settings.TASKS = DUMMY
    [job] = services.import_jobs_create(actor=coordinator, files=[text_upload()])
    return job


@pytest.fixture
def worker(settings, queued):
    """From now on a worker runs each message as soon as it is enqueued."""
    settings.TASKS = IMMEDIATE


def _analyser(monkeypatch, result, during=None):
    """Replace the pipeline: report progress, run ``during(progress)``, return ``result``."""
    calls = []

    def analyse(path, name, progress=None):
        calls.append(name)
        progress(10, "Đang đọc trang 1/3")
        if during:
            during(progress)
        return ExtractionResult.from_dict(result.to_dict())

    monkeypatch.setattr(services, "analyse_file", analyse)
    return calls


def _actions(job):
    return list(
        AuditEntry.objects.filter(target_id=str(job.pk))
        .order_by("pk")
        .values_list("action", flat=True)
    )


def _lose_worker(job, clock, *, after=LEASE + 1):
    """A worker claims the job and dies: it never renews, and its lease runs out."""
    lease = services.import_job_claim(job.pk)
    assert lease is not None
    clock.shift(after)
    return lease


# --- claiming ------------------------------------------------------------------------------


def test_a_claim_takes_the_job_once_counts_an_attempt_and_starts_a_lease(queued, clock):
    lease = services.import_job_claim(queued.pk)
    assert services.import_job_claim(queued.pk) is None  # a second worker gets nothing
    queued.refresh_from_db()
    assert queued.status == ImportStatus.RUNNING
    assert queued.attempts == 1
    assert queued.lease_token == lease.token
    assert queued.lease_expires_at == START + datetime.timedelta(seconds=LEASE)
    assert not queued.worker_lost and queued.is_progressing


def test_a_duplicate_message_for_a_running_job_does_nothing(queued, monkeypatch, result):
    services.import_job_claim(queued.pk)
    calls = _analyser(monkeypatch, result)
    assert services.import_job_run(queued.pk) == ImportStatus.RUNNING
    assert calls == []
    queued.refresh_from_db()
    assert queued.attempts == 1


def test_a_claim_starts_clean(queued):
    ImportJob.objects.filter(pk=queued.pk).update(
        progress=70, progress_label="trang 3/3", result={"tasks": [1]}, error_message="x"
    )
    services.import_job_claim(queued.pk)
    queued.refresh_from_db()
    assert (queued.progress, queued.progress_label, queued.result, queued.error_message) == (
        0,
        "",
        {},
        "",
    )


# --- renewing -------------------------------------------------------------------------------


def test_progress_renews_the_lease_so_a_long_reading_never_looks_dead(
    queued, clock, monkeypatch, result
):
    """Twenty pages of OCR, each taking half a lease, with the sweep running between them."""

    def slow_pages(progress):
        for page in range(20):
            clock.shift(LEASE / 2)
            progress(10 + page, None)  # throttled as progress, still a renewal
            assert services.import_jobs_sweep() == 0
            job = ImportJob.objects.get(pk=queued.pk)
            assert job.status == ImportStatus.RUNNING and not job.worker_lost

    _analyser(monkeypatch, result, during=slow_pages)
    assert services.import_job_run(queued.pk) == ImportStatus.READY
    queued.refresh_from_db()
    assert queued.attempts == 1
    assert queued.lease_token is None and queued.lease_expires_at is None


def test_without_progress_the_lease_runs_out(queued, clock):
    _lose_worker(queued, clock)
    queued.refresh_from_db()
    assert queued.worker_lost and queued.is_stalled and not queued.is_progressing


# --- the sweep ------------------------------------------------------------------------------


def test_the_sweep_queues_a_lost_job_again_and_the_retry_ends_as_one_run_would(
    worker, queued, clock, monkeypatch, result, coordinator
):
    # What one uninterrupted run stores:
    _analyser(monkeypatch, result)
    [single] = services.import_jobs_create(actor=coordinator, files=[text_upload()])
    single.refresh_from_db()

    _lose_worker(queued, clock)
    ImportJob.objects.filter(pk=queued.pk).update(progress=40, progress_label="trang 2/3")
    assert services.import_jobs_sweep() == 1  # queued again, and run by the next worker
    queued.refresh_from_db()
    assert queued.status == ImportStatus.READY
    assert queued.attempts == 2
    assert queued.result == single.result
    assert (queued.progress, queued.error_message) == (100, "")
    assert _actions(queued) == ["import.uploaded", "import.retried"]
    entry = AuditEntry.objects.get(target_id=str(queued.pk), action="import.retried")
    assert entry.actor is None and entry.data["reason"] == "worker_lost"
    assert not Plan.objects.exists() and not Task.objects.exists()  # nothing before review


def test_the_sweep_fails_a_job_that_lost_its_worker_on_every_attempt(queued, clock, settings):
    settings.TTDN_IMPORT_MAX_ATTEMPTS = 2
    for _attempt in range(2):
        _lose_worker(queued, clock)
        with translation.override("en"):
            services.import_jobs_sweep()
    queued.refresh_from_db()
    assert queued.status == ImportStatus.FAILED
    assert queued.attempts == 2
    assert queued.error_code == services.ERROR_WORKER_LOST
    assert queued.lease_token is None and queued.finished_at == timezone.now()
    # The reason is stored in the site's language, whoever's language the sweep ran in.
    with translation.override(settings.LANGUAGE_CODE):
        assert queued.error_message == services.worker_lost_message()
    assert _actions(queued) == ["import.uploaded", "import.retried", "import.worker_lost"]
    assert services.import_jobs_sweep() == 0  # safe to run twice


def test_the_sweep_leaves_live_and_finished_jobs_alone(queued, clock, coordinator, settings):
    services.import_job_claim(queued.pk)
    clock.shift(LEASE - 1)
    [waiting] = services.import_jobs_create(actor=coordinator, files=[text_upload()])
    assert services.import_jobs_sweep() == 0
    assert ImportJob.objects.get(pk=queued.pk).status == ImportStatus.RUNNING
    assert ImportJob.objects.get(pk=waiting.pk).status == ImportStatus.QUEUED


def test_a_job_running_before_leases_existed_counts_as_lost(queued, clock):
    ImportJob.objects.filter(pk=queued.pk).update(status=ImportStatus.RUNNING, attempts=1)
    queued.refresh_from_db()
    assert queued.worker_lost
    assert services.import_jobs_sweep() == 1


def test_two_sweeps_at_once_queue_a_lost_job_once(queued, clock, settings):
    _lose_worker(queued, clock)
    seen = ImportJob.objects.get(pk=queued.pk)
    sent = len(default_task_backend.results)  # the upload's own message
    assert services._recover_lost(seen, now=timezone.now()) == 1
    assert services._recover_lost(seen, now=timezone.now()) == 0  # the other sweep's view
    assert len(default_task_backend.results) == sent + 1
    assert _actions(queued).count("import.retried") == 1


def test_a_worker_that_was_only_slow_cannot_overwrite_the_retry(
    worker, queued, clock, monkeypatch, result
):
    """The first worker stalls past its lease; the sweep gives the job to a second one,
    which finishes. When the first one wakes up, its writes change nothing."""
    first = services.import_job_claim(queued.pk)
    clock.shift(LEASE + 1)
    _analyser(monkeypatch, result)
    services.import_jobs_sweep()  # the second worker runs it (immediate backend)
    done = ImportJob.objects.get(pk=queued.pk)
    assert (done.status, done.attempts) == (ImportStatus.READY, 2)

    with pytest.raises(services.LeaseLost):
        first.renew(progress=50)
    assert first.fail(code="internal", message="late") == ImportStatus.READY
    assert first.finish(status=ImportStatus.READY, result={"tasks": []}) == ImportStatus.READY
    queued.refresh_from_db()
    assert queued.result == done.result and queued.error_message == ""


def test_a_job_nobody_took_is_enqueued_again_after_the_patience(queued, clock, settings):
    clock.shift(599)
    assert services.import_jobs_sweep() == 0
    clock.shift(2)
    queued.refresh_from_db()
    assert queued.waiting_too_long and queued.is_stalled
    sent = len(default_task_backend.results)
    assert services.import_jobs_sweep() == 1
    assert len(default_task_backend.results) == sent + 1
    assert default_task_backend.results[-1].args == [str(queued.pk)]
    queued.refresh_from_db()
    assert queued.status == ImportStatus.QUEUED and not queued.waiting_too_long
    assert services.import_jobs_sweep() == 0  # the patience starts again


def test_the_sweep_is_the_periodic_task(queued, clock):
    from ttdn.importer.tasks import sweep_import_jobs

    _lose_worker(queued, clock)
    assert sweep_import_jobs.call_local() == 1


# --- stopping a reading that is no longer wanted ------------------------------------------------


def test_discarding_a_running_job_stops_its_worker_at_the_next_page(
    queued, coordinator, monkeypatch, result
):
    pages_after_discard = []

    def discard_then_read(progress):
        services.import_job_discard(actor=coordinator, job=queued)
        progress(50, "Đang đọc trang 2/3")
        pages_after_discard.append(2)  # never reached

    _analyser(monkeypatch, result, during=discard_then_read)
    assert services.import_job_run(queued.pk) == ImportStatus.DISCARDED
    assert pages_after_discard == []
    queued.refresh_from_db()
    assert queued.result == {} and queued.lease_token is None


def test_a_stalled_running_job_can_be_discarded(queued, clock, coordinator):
    _lose_worker(queued, clock)
    services.import_job_discard(actor=coordinator, job=queued)
    queued.refresh_from_db()
    assert queued.status == ImportStatus.DISCARDED and not queued.file
    assert services.import_jobs_sweep() == 0
    assert _actions(queued)[-1] == "import.discarded"


# --- retrying by hand ------------------------------------------------------------------------


def test_a_failed_import_can_be_retried_from_scratch(
    worker, queued, clock, coordinator, monkeypatch, result
):
    monkeypatch.setattr(
        services,
        "analyse_file",
        lambda *a, **k: (_ for _ in ()).throw(RuntimeError("OCR crashed")),
    )
    services.import_job_run(queued.pk)
    queued.refresh_from_db()
    assert queued.status == ImportStatus.FAILED

    _analyser(monkeypatch, result)
    services.import_job_retry(actor=coordinator, job=queued)
    queued.refresh_from_db()
    assert queued.status == ImportStatus.READY
    assert queued.attempts == 1  # a retry by hand gets a fresh set of attempts
    assert queued.error_code == "" and queued.error_message == ""
    entry = AuditEntry.objects.filter(target_id=str(queued.pk), action="import.retried").get()
    assert entry.actor == coordinator and entry.data["reason"] == "requested"


def test_a_stalled_job_can_be_retried_and_its_old_worker_is_shut_out(
    worker, queued, clock, coordinator, monkeypatch, result
):
    old = _lose_worker(queued, clock)
    _analyser(monkeypatch, result)
    services.import_job_retry(actor=coordinator, job=queued)
    queued.refresh_from_db()
    assert queued.status == ImportStatus.READY
    with pytest.raises(services.LeaseLost):
        old.renew()


def test_a_job_waiting_too_long_can_be_retried(queued, clock, coordinator, settings):
    clock.shift(601)
    sent = len(default_task_backend.results)
    services.import_job_retry(actor=coordinator, job=queued)
    queued.refresh_from_db()
    assert queued.status == ImportStatus.QUEUED and not queued.is_stalled
    assert len(default_task_backend.results) == sent + 1


@pytest.mark.parametrize("state", ["live", "ready", "discarded", "no file"])
def test_only_failed_or_stalled_imports_with_their_file_can_be_retried(
    queued, clock, coordinator, state
):
    if state == "live":
        services.import_job_claim(queued.pk)
    elif state == "ready":
        ImportJob.objects.filter(pk=queued.pk).update(status=ImportStatus.READY)
    elif state == "discarded":
        services.import_job_discard(actor=coordinator, job=queued)
    else:
        ImportJob.objects.filter(pk=queued.pk).update(status=ImportStatus.FAILED, file="")
    queued.refresh_from_db()
    before = queued.status
    assert not services.can_retry(queued)
    with pytest.raises(ValidationError):
        services.import_job_retry(actor=coordinator, job=queued)
    queued.refresh_from_db()
    assert queued.status == before
    assert "import.retried" not in _actions(queued)


def test_only_the_uploader_or_an_administrator_retries(queued, clock, make_user, officer_a):
    _lose_worker(queued, clock)
    for user in (make_user("coordinator2", "coordinator"), officer_a):
        with pytest.raises(PermissionDenied):
            services.import_job_retry(actor=user, job=queued)
    admin = make_user("admin", "administrator")
    services.import_job_retry(actor=admin, job=queued)
    queued.refresh_from_db()
    assert queued.status != ImportStatus.RUNNING


# --- a consumer stopped with SIGTERM ---------------------------------------------------------


def test_an_interrupted_import_task_ends_its_lease_at_once(queued, clock):
    from huey.signals import SIGNAL_INTERRUPTED

    from ttdn.importer.tasks import release_interrupted_import, run_import_job

    services.import_job_claim(queued.pk)
    other = SimpleNamespace(args=("ttdn.tracking.tasks.send_mail", [str(queued.pk)], {}))
    release_interrupted_import(SIGNAL_INTERRUPTED, other)
    queued.refresh_from_db()
    assert not queued.worker_lost  # another task's interruption changes nothing

    interrupted = SimpleNamespace(args=(run_import_job.module_path, [str(queued.pk)], {}))
    release_interrupted_import(SIGNAL_INTERRUPTED, interrupted)
    clock.shift(0.001)
    queued.refresh_from_db()
    assert queued.worker_lost and queued.attempts == 1
    assert services.import_jobs_sweep() == 1  # no waiting for the lease to run out
    queued.refresh_from_db()
    assert queued.status == ImportStatus.QUEUED
    assert services.import_job_release(queued.pk) is False  # only running jobs
