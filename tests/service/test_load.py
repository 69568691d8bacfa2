"""A light run of `python -m bench service-load`: parallel clients, hostile ones mixed in
(damaged files, odd names, a terabyte announced, bodies past the limit, slow headers and
bodies, clients that leave): no 5xx, every valid upload answered with the right facts,
slow clients dropped. The full run (20 clients) is the bench's."""

from __future__ import annotations

from bench.service_load import run_on


def test_parallel_clients_with_hostile_ones_mixed_in(server):
    summary = run_on(server, clients=6, seconds=4, seed=3)
    assert summary["failures"] == [], summary["failures"][:5]
    assert summary["five_xx"] == 0
    # Valid uploads were served (not only refused), hostile ones were among them.
    assert summary["kinds"]["valid"]["statuses"].get("200", 0) >= 2
    assert len(summary["kinds"]) >= 5
