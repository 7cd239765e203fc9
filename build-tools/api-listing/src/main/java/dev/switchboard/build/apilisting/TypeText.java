package dev.switchboard.build.apilisting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * One Java type, written as source would (`java.util.Map.Entry<K, ? extends V>[]`), from a generic
 * signature or an erased descriptor fed through ASM's {@code SignatureReader}.
 */
final class TypeText extends SignatureVisitor {

    private final Function<String, String> names;
    private final StringBuilder text = new StringBuilder();
    private final List<Object> arguments = new ArrayList<>();
    private int dimensions;

    /**
     * @param names the Java name of a class from its internal name (nested classes with dots)
     */
    TypeText(Function<String, String> names) {
        super(Opcodes.ASM9);
        this.names = names;
    }

    @Override
    public void visitBaseType(char descriptor) {
        text.append(switch (descriptor) {
            case 'V' -> "void";
            case 'Z' -> "boolean";
            case 'C' -> "char";
            case 'B' -> "byte";
            case 'S' -> "short";
            case 'I' -> "int";
            case 'F' -> "float";
            case 'J' -> "long";
            case 'D' -> "double";
            default -> throw new IllegalArgumentException("base type " + descriptor);
        });
        closeArrays();
    }

    @Override
    public void visitTypeVariable(String name) {
        text.append(name);
        closeArrays();
    }

    @Override
    public SignatureVisitor visitArrayType() {
        dimensions++;
        return this;
    }

    @Override
    public void visitClassType(String name) {
        text.append(names.apply(name));
    }

    @Override
    public void visitInnerClassType(String name) {
        closeArguments();
        text.append('.').append(name);
    }

    @Override
    public void visitTypeArgument() {
        arguments.add("?");
    }

    @Override
    public SignatureVisitor visitTypeArgument(char wildcard) {
        TypeText argument = new TypeText(names);
        arguments.add(switch (wildcard) {
            case EXTENDS -> new Object[] {"? extends ", argument};
            case SUPER -> new Object[] {"? super ", argument};
            default -> argument;
        });
        return argument;
    }

    @Override
    public void visitEnd() {
        closeArguments();
        closeArrays();
    }

    private void closeArguments() {
        if (arguments.isEmpty()) {
            return;
        }
        text.append('<');
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            Object argument = arguments.get(i);
            if (argument instanceof Object[] parts) {
                text.append(parts[0]).append(parts[1]);
            } else {
                text.append(argument);
            }
        }
        text.append('>');
        arguments.clear();
    }

    private void closeArrays() {
        text.append("[]".repeat(dimensions));
        dimensions = 0;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
