print("later imported by", __name__)
WHO = "later"
