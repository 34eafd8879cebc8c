"""Background work for report requests (docs/decisions/0008-background-work.md).

``create_periodic_requests`` is a huey periodic task: the consumer that ``make run`` starts
(and production runs as a service) makes the periodic report requests now due, once a
day. The service is idempotent (one request per plan and
period, a unique constraint), so two consumers or a rerun make nothing twice.
"""

from huey.contrib.djhuey import db_periodic_task

from ttdn.core.schedules import schedule
from ttdn.submissions import services


@db_periodic_task(schedule("submissions.periodic_requests"))
def create_periodic_requests() -> int:
    """Every day: make the periodic report requests now due (their notice period,
    TTDN_REQUEST_LEAD_DAYS or the plan's rule, has begun)."""
    return services.periodic_requests_create()
