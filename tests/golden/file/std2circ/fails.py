print("fails starts")
X = 1
raise ValueError("module code raised")
