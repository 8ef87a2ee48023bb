// 1. Pastes README's first example, with README's import list, into this application: if README
//    changes, this build compiles the new text, so the two cannot drift apart.
def first = evaluate(new File(snippets)).call(new File(readme))[0]
def target = new File(basedir, 'src/main/java/readme/FirstExample.java')
target.parentFile.mkdirs()
target.setText("""package readme;

${first.imports}
/** README's first example, pasted by prebuild.groovy. */
final class FirstExample {

  private FirstExample() {}

  static void run() throws Exception {
${first.code}
  }
}
""", 'UTF-8')

// 2. Starts the standalone fake (this repository's jar) on a free port with two orders, for the
//    application to run against; its URL reaches the build through .mvn/maven.config.
//    verify.groovy stops it; the shutdown hook is the backstop if the build never gets there.
def java = new File(System.getProperty('java.home'), 'bin/java').path
def fake = new ProcessBuilder(java, '-XX:TieredStopAtLevel=1', '-jar', fakeJar, '--port', '0',
        '--preload', new File(basedir, 'preload.json').path)
        .redirectErrorStream(true).start()
Runtime.runtime.addShutdownHook(new Thread({ fake.destroy() }))
context.put('fake', fake)
def output = fake.inputStream.newReader('UTF-8')
def url = null
def line
while (url == null && (line = output.readLine()) != null) {
    def found = line =~ /listening on (http\S+)/
    if (found) {
        url = found[0][1]
    }
}
if (url == null) {
    throw new IllegalStateException("the standalone fake did not start (${fakeJar})")
}
Thread.start { output.eachLine { } }   // keep the pipe drained
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').setText("-Dfake.url=${url}\n", 'UTF-8')
return true
