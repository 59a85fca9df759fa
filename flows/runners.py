"""The task runner the fan-out stages use: SHOPCOPY_TASK_RUNNER (README, "Past one machine").

thread: Prefect's thread pool in this process (the default; generation keeps its own thread
pool of SHOPCOPY_LLM_CONCURRENCY calls). dask: a local Dask cluster of SHOPCOPY_DASK_WORKERS
processes, started for the stage and stopped after it. dask:<address>: an existing cluster
(`dask scheduler` + `dask worker <address>`); its workers must be able to import shopcopy and
flows, reach the LLM endpoint, the warehouse (a DuckLake, when they write) and PREFECT_API_URL.
"""

from __future__ import annotations

from prefect.task_runners import ThreadPoolTaskRunner

from shopcopy.settings import Settings


def fans_out(settings: Settings) -> bool:
    return settings.task_runner != "thread"


def task_runner(settings: Settings):
    if settings.task_runner == "thread":
        return ThreadPoolTaskRunner()
    from prefect_dask import DaskTaskRunner

    if settings.task_runner == "dask":
        return DaskTaskRunner(cluster_kwargs={
            "n_workers": max(settings.dask_workers, 1), "threads_per_worker": 1, "processes": True,
            "dashboard_address": None})
    return DaskTaskRunner(address=settings.task_runner.removeprefix("dask:"))
