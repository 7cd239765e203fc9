package dev.switchboard.build.apilisting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * The parts of a class or method signature (or an erased method descriptor, which reads the same way):
 * type parameters with their bounds, superclass and interfaces, parameters, return and thrown types.
 */
final class Declaration extends SignatureVisitor {

    private final Function<String, String> names;
    private final List<String> typeParameterNames = new ArrayList<>();
    private final List<List<TypeText>> typeParameterBounds = new ArrayList<>();
    final List<TypeText> interfaces = new ArrayList<>();
    final List<TypeText> parameters = new ArrayList<>();
    final List<TypeText> exceptions = new ArrayList<>();
    TypeText superclass;
    TypeText returnType;

    private Declaration(Function<String, String> names) {
        super(Opcodes.ASM9);
        this.names = names;
    }

    /** Reads a class signature, or a method signature or descriptor. */
    static Declaration read(String signature, Function<String, String> names) {
        Declaration declaration = new Declaration(names);
        new SignatureReader(signature).accept(declaration);
        return declaration;
    }

    /** Writes one field type (a signature or a descriptor). */
    static String type(String signature, Function<String, String> names) {
        TypeText type = new TypeText(names);
        new SignatureReader(signature).acceptType(type);
        return type.toString();
    }

    @Override
    public void visitFormalTypeParameter(String name) {
        typeParameterNames.add(name);
        typeParameterBounds.add(new ArrayList<>());
    }

    @Override
    public SignatureVisitor visitClassBound() {
        return bound();
    }

    @Override
    public SignatureVisitor visitInterfaceBound() {
        return bound();
    }

    private SignatureVisitor bound() {
        TypeText bound = new TypeText(names);
        typeParameterBounds.get(typeParameterBounds.size() - 1).add(bound);
        return bound;
    }

    @Override
    public SignatureVisitor visitSuperclass() {
        superclass = new TypeText(names);
        return superclass;
    }

    @Override
    public SignatureVisitor visitInterface() {
        return add(interfaces);
    }

    @Override
    public SignatureVisitor visitParameterType() {
        return add(parameters);
    }

    @Override
    public SignatureVisitor visitReturnType() {
        returnType = new TypeText(names);
        return returnType;
    }

    @Override
    public SignatureVisitor visitExceptionType() {
        return add(exceptions);
    }

    private SignatureVisitor add(List<TypeText> types) {
        TypeText type = new TypeText(names);
        types.add(type);
        return type;
    }

    /** {@code <T, R extends java.lang.Comparable<R>>}, or "" without type parameters. */
    String typeParameters() {
        if (typeParameterNames.isEmpty()) {
            return "";
        }
        List<String> written = new ArrayList<>();
        for (int i = 0; i < typeParameterNames.size(); i++) {
            // A lone Object bound is what no bound means; with further bounds it sets the erasure: kept.
            List<String> bounds = typeParameterBounds.get(i).stream()
                    .map(TypeText::toString)
                    .collect(Collectors.toList());
            if (bounds.equals(List.of("java.lang.Object"))) {
                bounds = List.of();
            }
            written.add(typeParameterNames.get(i) + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
        }
        return "<" + String.join(", ", written) + ">";
    }
}
