"""The one signal of the project: the inputs of a task's derived state changed.

A task's stored status, percent complete and next deadline are derived from its
progress reports (``ttdn.tracking``), its lead agencies, its deadlines and its plan's
period (``ttdn.plans``). ``ttdn.tracking`` owns that derivation and is the only writer
of those columns; ``ttdn.plans`` sits below it and may not import it. So the plans
services announce, explicitly and inside their transaction, every write that changes
an input, and tracking's receiver (``ttdn.tracking.apps``) recomputes the state.

It is sent by services, never from ``save()`` or ``post_save``: bulk writes cannot
skip it silently, and a test per input checks that every such write announces.
See docs/decisions/0006-task-state-owner.md.
"""

from django.dispatch import Signal

#: Sent with ``tasks``: the saved :class:`~ttdn.plans.models.Task` objects whose
#: schedule, lead agencies or plan period changed, or which were just created.
#: Receivers update the given objects in memory as well as in the database.
task_inputs_changed = Signal()
