# Drives a command on a real pseudo-terminal, like a clerk at the keyboard: waits for each expected text, then
# types the answer. Usage: python3 pty-drive.py STEPS.json -- CMD ARGS...   (steps: [[expect, send], ...])
# Prints everything the command showed; exits with the command's exit code (124 if an expected text never came).
import json, os, pty, select, sys, time

steps = json.load(open(sys.argv[1]))
cmd = sys.argv[sys.argv.index('--') + 1:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(cmd[0], cmd)
out = b''

def pump(timeout):
    global out
    r, _, _ = select.select([fd], [], [], timeout)
    if r:
        try:
            out += os.read(fd, 65536)
        except OSError:
            return False
    return True

for expect, send in steps:
    deadline = time.time() + 15
    seen = len(out)
    while expect.encode() not in out[seen - 200 if seen > 200 else 0:]:
        if time.time() > deadline or not pump(0.1):
            sys.stdout.write(out.decode('utf8', 'replace'))
            sys.exit(124)
    time.sleep(0.15)
    os.write(fd, send.encode())
while pump(0.2):
    pass
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode('utf8', 'replace'))
sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 1)
