// README's Java examples as a consumer pastes them. An import list is a ```java block of import
// lines only; the ```java block after it is the example those imports are for. Returns a closure
// that reads README.md and answers the examples in order, each as [imports, code, block] where
// block is the example's position among README's ```java blocks.
return { File readme ->
    def blocks = (readme.getText('UTF-8') =~ /(?ms)^```java\n(.*?)^```\s*$/).collect { it[1] }
    def examples = []
    for (int i = 0; i + 1 < blocks.size(); i++) {
        def lines = blocks[i].readLines().findAll { it.trim() }
        if (lines && lines.every { it.startsWith('import ') }) {
            examples << [imports: blocks[i], code: blocks[i + 1], block: i + 1]
            i++
        }
    }
    if (examples.isEmpty() || examples[0].block != 1) {
        throw new IllegalStateException(
            "${readme}: the first ```java block must be an import list, the second the first example")
    }
    examples
}
