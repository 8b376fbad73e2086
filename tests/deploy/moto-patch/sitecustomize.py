"""Test-only extension of moto_server, loaded by Python at start-up when this folder is on PYTHONPATH.

moto records ECS tasks but runs no containers, so every container it reports has exit code 0. The deploy test
needs a migration that fails. With SPENDWISE_TEST_RUN_TASK_EXIT_CODE_FILE set, the containers of each task
started by RunTask report the exit code written in that file at the moment the task starts (0 when the file is
absent). Nothing else changes: the deploy script still reads the exit code through the real
`aws ecs describe-tasks` call.
"""
import os

EXIT_CODE_FILE = os.environ.get("SPENDWISE_TEST_RUN_TASK_EXIT_CODE_FILE")

if EXIT_CODE_FILE:
    from moto.ecs.models import EC2ContainerServiceBackend

    _run_task = EC2ContainerServiceBackend.run_task

    def run_task(self, *args, **kwargs):
        tasks = _run_task(self, *args, **kwargs)
        try:
            with open(EXIT_CODE_FILE, encoding="utf-8") as file:
                exit_code = int(file.read().strip())
        except FileNotFoundError:
            exit_code = 0
        for task in tasks:
            for container in task.containers:
                container.exitCode = exit_code
        return tasks

    EC2ContainerServiceBackend.run_task = run_task
