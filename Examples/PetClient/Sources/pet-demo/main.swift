import PetAPI
print("placeholder")
