def run(src):
    return eval(src)

print(run("2 * 3"))
run("[1, 2 3]")
