// Stops the standalone fake that prebuild.groovy started.
def fake = context.get('fake')
fake.destroy()
fake.waitFor()
return true
