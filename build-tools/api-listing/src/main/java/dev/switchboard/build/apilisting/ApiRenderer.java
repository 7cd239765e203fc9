package dev.switchboard.build.apilisting;

import static org.objectweb.asm.Opcodes.ACC_ABSTRACT;
import static org.objectweb.asm.Opcodes.ACC_ANNOTATION;
import static org.objectweb.asm.Opcodes.ACC_BRIDGE;
import static org.objectweb.asm.Opcodes.ACC_DEPRECATED;
import static org.objectweb.asm.Opcodes.ACC_ENUM;
import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_INTERFACE;
import static org.objectweb.asm.Opcodes.ACC_PROTECTED;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_RECORD;
import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ACC_SYNTHETIC;
import static org.objectweb.asm.Opcodes.ACC_VARARGS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The public API of a directory of compiled classes, as sorted Java-like lines: each public or
 * protected type reachable from outside (nested types only inside such types), its superclass and
 * interfaces, then its public and protected fields, constructors and methods, with generic
 * signatures where the class file has them. Synthetic and bridge members, and every type in an
 * {@code internal} package, are left out. The text
 * depends on the class files only, not on the JDK that reads them.
 */
final class ApiRenderer {

    private static final int VISIBLE = ACC_PUBLIC | ACC_PROTECTED;

    /** Internal name of a nested class -> [outer internal name, simple name], from every InnerClasses attribute. */
    private final Map<String, String[]> nested = new HashMap<>();
    private final Map<String, ClassInfo> classes = new HashMap<>();

    private ApiRenderer() {}

    /** The listing lines of every class under {@code classes} (none when the directory does not exist). */
    static List<String> render(Path classesDir) throws IOException {
        ApiRenderer renderer = new ApiRenderer();
        if (Files.isDirectory(classesDir)) {
            try (Stream<Path> files = Files.walk(classesDir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().collect(Collectors.toList())) {
                    String name = file.getFileName().toString();
                    if (name.equals("module-info.class") || name.equals("package-info.class")) {
                        continue;
                    }
                    try (InputStream in = Files.newInputStream(file)) {
                        renderer.read(new ClassReader(in));
                    }
                }
            }
        }
        return renderer.lines();
    }

    private void read(ClassReader reader) {
        ClassInfo info = new ClassInfo();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                info.name = name;
                info.access = access;
                info.modifiers = access;
                info.signature = signature;
                info.superName = superName;
                info.interfaces = interfaces;
            }

            @Override
            public void visitInnerClass(String name, String outerName, String innerName, int access) {
                if (outerName != null && innerName != null) {
                    nested.put(name, new String[] {outerName, innerName});
                }
                if (name.equals(info.name)) {
                    info.nested = true;
                    info.outerName = outerName;
                    info.simpleName = innerName;
                    info.modifiers = access | (info.access & ACC_DEPRECATED);
                }
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                if ((access & VISIBLE) != 0 && (access & ACC_SYNTHETIC) == 0) {
                    info.fields.add(new Member(access, name, descriptor, signature, null));
                }
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if ((access & VISIBLE) != 0 && (access & (ACC_SYNTHETIC | ACC_BRIDGE)) == 0 && !name.equals("<clinit>")) {
                    info.methods.add(new Member(access, name, descriptor, signature, exceptions));
                }
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        classes.put(info.name, info);
    }

    private boolean exported(ClassInfo info) {
        if (!info.nested) {
            return (info.access & ACC_PUBLIC) != 0 && !internal(info.name);
        }
        if (info.outerName == null || (info.modifiers & VISIBLE) == 0) {
            return false; // local, anonymous, private or package-private
        }
        ClassInfo outer = classes.get(info.outerName);
        return outer != null && exported(outer);
    }

    /**
     * Whether a class lies in an internal package (a package segment {@code internal}): public for
     * the SDK's own modules, not for users, so not part of any listing (see CONTRIBUTING.md).
     */
    static boolean internal(String internalName) {
        return internalName.startsWith("internal/") || internalName.contains("/internal/");
    }

    /** {@code java.util.Map.Entry} for {@code java/util/Map$Entry}. */
    private String javaName(String internalName) {
        String[] outerAndSimple = nested.get(internalName);
        return outerAndSimple == null
                ? internalName.replace('/', '.')
                : javaName(outerAndSimple[0]) + "." + outerAndSimple[1];
    }

    private List<String> lines() {
        Map<String, List<String>> byName = new TreeMap<>();
        for (ClassInfo info : classes.values()) {
            if (exported(info)) {
                byName.put(javaName(info.name), render(info));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> block : byName.values()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(block);
        }
        return lines;
    }

    private List<String> render(ClassInfo info) {
        List<String> lines = new ArrayList<>();
        lines.add(header(info));
        boolean isInterface = (info.access & ACC_INTERFACE) != 0;
        String simpleName = info.simpleName != null ? info.simpleName : info.name.substring(info.name.lastIndexOf('/') + 1);

        info.fields.stream()
                .sorted(Comparator.comparing((Member m) -> m.name))
                .map(f -> "  " + modifiers(f.access, false) + Declaration.type(f.signature != null ? f.signature : f.descriptor, this::javaName) + " " + f.name)
                .forEach(lines::add);
        List<String[]> members = new ArrayList<>(); // sort key, line
        for (Member m : info.methods) {
            Declaration d = Declaration.read(m.signature != null ? m.signature : m.descriptor, this::javaName);
            boolean constructor = m.name.equals("<init>");
            List<String> parameters = d.parameters.stream().map(TypeText::toString).collect(Collectors.toList());
            if ((m.access & ACC_VARARGS) != 0 && !parameters.isEmpty()) {
                int last = parameters.size() - 1;
                String type = parameters.get(last);
                if (type.endsWith("[]")) {
                    parameters.set(last, type.substring(0, type.length() - 2) + "...");
                }
            }
            List<String> thrown = !d.exceptions.isEmpty()
                    ? d.exceptions.stream().map(TypeText::toString).collect(Collectors.toList())
                    : m.exceptions == null ? List.of() : Stream.of(m.exceptions).map(this::javaName).collect(Collectors.toList());
            StringBuilder line = new StringBuilder("  ").append(modifiers(m.access, isInterface));
            if (!d.typeParameters().isEmpty()) {
                line.append(d.typeParameters()).append(' ');
            }
            if (!constructor) {
                line.append(d.returnType).append(' ');
            }
            line.append(constructor ? simpleName : m.name).append('(').append(String.join(", ", parameters)).append(')');
            if (!thrown.isEmpty()) {
                line.append(" throws ").append(String.join(", ", thrown));
            }
            // Sorted by name and parameters, not modifiers: a changed modifier shows as a line changed in place.
            String key = (constructor ? "0" : "1 " + m.name) + "(" + String.join(", ", parameters) + ") " + line;
            members.add(new String[] {key, line.toString()});
        }
        members.stream().sorted(Comparator.comparing((String[] m) -> m[0])).map(m -> m[1]).forEach(lines::add);
        return lines;
    }

    private String header(ClassInfo info) {
        int access = info.access;
        int modifiers = info.modifiers;
        String kind;
        if ((access & ACC_ANNOTATION) != 0) {
            kind = "@interface";
        } else if ((access & ACC_INTERFACE) != 0) {
            kind = "interface";
        } else if ((access & ACC_ENUM) != 0) {
            kind = "enum";
        } else if ((access & ACC_RECORD) != 0) {
            kind = "record";
        } else {
            kind = "class";
        }
        StringBuilder line = new StringBuilder();
        if ((modifiers & ACC_DEPRECATED) != 0) {
            line.append("@Deprecated ");
        }
        line.append((modifiers & ACC_PUBLIC) != 0 ? "public " : "protected ");
        if (kind.equals("class")) { // interfaces, enums and records are implicitly static, enums and records final
            if ((modifiers & ACC_STATIC) != 0) {
                line.append("static ");
            }
            if ((modifiers & ACC_ABSTRACT) != 0) {
                line.append("abstract ");
            }
            if ((modifiers & ACC_FINAL) != 0) {
                line.append("final ");
            }
        }
        line.append(kind).append(' ').append(javaName(info.name));

        String superclass;
        List<String> interfaces;
        if (info.signature != null) {
            Declaration d = Declaration.read(info.signature, this::javaName);
            line.append(d.typeParameters());
            superclass = d.superclass == null ? null : d.superclass.toString();
            interfaces = d.interfaces.stream().map(TypeText::toString).collect(Collectors.toList());
        } else {
            superclass = info.superName == null ? null : javaName(info.superName);
            interfaces = info.interfaces == null ? List.of() : Stream.of(info.interfaces).map(this::javaName).collect(Collectors.toList());
        }
        if (superclass != null && kind.equals("class") && !superclass.equals("java.lang.Object")) {
            line.append(" extends ").append(superclass);
        }
        if (kind.equals("@interface")) {
            interfaces = interfaces.stream().filter(i -> !i.equals("java.lang.annotation.Annotation")).collect(Collectors.toList());
        }
        if (!interfaces.isEmpty()) {
            line.append(kind.equals("interface") || kind.equals("@interface") ? " extends " : " implements ")
                    .append(String.join(", ", interfaces));
        }
        return line.toString();
    }

    private static String modifiers(int access, boolean inInterface) {
        StringBuilder text = new StringBuilder();
        if ((access & ACC_DEPRECATED) != 0) {
            text.append("@Deprecated ");
        }
        text.append((access & ACC_PUBLIC) != 0 ? "public " : "protected ");
        if ((access & ACC_STATIC) != 0) {
            text.append("static ");
        }
        if ((access & ACC_ABSTRACT) != 0) {
            text.append("abstract ");
        } else if (inInterface && (access & ACC_STATIC) == 0) {
            text.append("default ");
        }
        if ((access & ACC_FINAL) != 0) {
            text.append("final ");
        }
        return text.toString();
    }

    private static final class ClassInfo {
        String name;
        int access;      // from the class itself: kind (interface, enum, record, annotation)
        int modifiers;   // as declared: from the InnerClasses entry of a nested class
        String signature;
        String superName;
        String[] interfaces;
        boolean nested;
        String outerName;
        String simpleName;
        final List<Member> fields = new ArrayList<>();
        final List<Member> methods = new ArrayList<>();
    }

    private record Member(int access, String name, String descriptor, String signature, String[] exceptions) {}
}
