# snippet: expect-output=판정: 자식이 이름으로 붙어 쓴 내용을 부모가 보았고, unlink() 뒤에는 블록이 사라졌습니다
"""multiprocessing.shared_memory.SharedMemory: 이름이 붙은 공유 메모리 블록.

부모가 만들고, 자식이 이름으로 붙어서(attach) 쓰고,
다 쓰면 close()와 unlink()로 정리합니다."""

from multiprocessing import Process
from multiprocessing.shared_memory import SharedMemory


def shout(name: str) -> None:
    # 이름으로 같은 블록에 붙습니다. 데이터는 복사되지 않습니다
    # snippet: highlight
    block = SharedMemory(name=name)
    block.buf[:5] = bytes(block.buf[:5]).upper()
    # 이 프로세스의 연결만 끊습니다. 블록은 그대로 남습니다
    # snippet: highlight
    block.close()


if __name__ == "__main__":
    # snippet: highlight
    block = SharedMemory(create=True, size=16)
    block.buf[:5] = b"hello"
    print(f"블록 이름: {block.name!r}, 자식이 받는 것: 이 이름 하나")
    child = Process(target=shout, args=(block.name,))
    child.start()
    child.join()
    seen = bytes(block.buf[:5])
    print(f"자식이 끝난 뒤 부모가 읽은 내용: {seen!r}")
    # 부모의 연결을 끊고(close), 블록 자체를 없앱니다(unlink: 한 번만)
    # snippet: highlight-start
    block.close()
    block.unlink()
    # snippet: highlight-end

    # --- 결과 확인: 읽은 내용과, unlink() 뒤에 다시 붙어 보기로 판정합니다 ---
    try:
        SharedMemory(name=block.name).close()
        gone = False
    except FileNotFoundError as error:
        print(f"unlink() 뒤에 이름으로 붙으면: FileNotFoundError: {error}")
        gone = True
    if seen == b"HELLO" and gone:
        print(
            "판정: 자식이 이름으로 붙어 쓴 내용을 부모가 보았고, "
            "unlink() 뒤에는 블록이 사라졌습니다."
        )
    else:
        print(f"판정: 예상과 다릅니다 (읽은 내용 {seen!r}, 사라짐 {gone}).")
