# snippet: expect-output=판정: 버전 번호와 실제로 있는 기능이 맞습니다
"""이 파이썬에 3.12~3.14의 새 기능이 있는지 실행 중에 직접 확인합니다."""

import asyncio
import concurrent.futures
import importlib.util
import multiprocessing
import sys
import sysconfig

# (추가된 버전, 모듈, 그 모듈에 있어야 할 이름)
ATTRIBUTES = [
    ((3, 12), asyncio, "eager_task_factory"),
    ((3, 14), concurrent.futures, "InterpreterPoolExecutor"),
    ((3, 14), asyncio, "capture_call_graph"),
]
# (추가된 버전, 모듈 이름). asyncio.tools는 python -m asyncio ps/pstree의 모듈
MODULES = [((3, 14), "concurrent.interpreters"), ((3, 14), "asyncio.tools")]


def main() -> None:
    version = sys.version.split()[0]
    print(
        f"실행한 파이썬: {version} ({sys.implementation.name}, {sys.platform})"
    )
    # 버전 번호로 짐작하지 않고, 이름과 모듈이 정말 있는지 묻습니다
    # snippet: highlight-start
    checks = [
        (added, f"{module.__name__}.{name}", hasattr(module, name))
        for added, module, name in ATTRIBUTES
    ] + [
        (added, f"{name} 모듈", importlib.util.find_spec(name) is not None)
        for added, name in MODULES
    ]
    # snippet: highlight-end
    mismatches = 0
    for added, name, present in checks:
        mismatches += present != (sys.version_info[:2] >= added)
        mark = "있음" if present else "없음"
        print(f"  {mark}  {name} ({added[0]}.{added[1]}부터)")

    # 자유 스레딩은 버전이 아니라 빌드 옵션입니다.
    # 3.13부터 따로 빌드한 python3.13t 등에만 있습니다
    # snippet: highlight
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    gil_enabled = (
        sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    )
    print(f"자유 스레딩 빌드: {'예' if free_threaded else '아니요'}")
    print(f"지금 GIL: {'켜짐' if gil_enabled else '꺼짐'}")
    print(f"multiprocessing 시작 방식: {multiprocessing.get_start_method()}")

    # --- 결과 확인: 버전 번호로 기대한 것과 실제로 있는 것을 비교합니다 ---
    if mismatches == 0:
        print("판정: 버전 번호와 실제로 있는 기능이 맞습니다.")
    else:
        print(
            f"판정: 버전 번호로 기대한 것과 다른 기능이 {mismatches}개입니다."
        )


if __name__ == "__main__":
    main()
