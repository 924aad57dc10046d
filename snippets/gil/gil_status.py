# snippet: browser
"""지금 실행 중인 파이썬이 어떤 빌드인지, GIL이 켜져 있는지 확인합니다."""

import sys
import sysconfig

print(f"파이썬 버전: {sys.version.split()[0]}")

# 자유 스레딩 빌드(3.13+)는 Py_GIL_DISABLED=1 로 컴파일됩니다.
# 보통 빌드에서는 0이나 None입니다.
# snippet: highlight
free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
print(f"자유 스레딩 빌드인가: {'예' if free_threaded_build else '아니요'}")

# 3.13부터 있는 함수
if hasattr(sys, "_is_gil_enabled"):
    # snippet: highlight
    enabled = sys._is_gil_enabled()
    print(f"지금 GIL이 켜져 있는가: {'예' if enabled else '아니요'}")
else:
    print(
        "sys._is_gil_enabled()가 없습니다(3.13 미만): "
        "이 파이썬에서는 GIL이 늘 켜져 있습니다."
    )

# GIL을 쥔 스레드는 다른 스레드가 기다리면
# 이 간격마다 GIL을 내놓으라는 요청을 받습니다.
print(f"스레드 전환 간격: {sys.getswitchinterval() * 1000:.0f}밀리초")
