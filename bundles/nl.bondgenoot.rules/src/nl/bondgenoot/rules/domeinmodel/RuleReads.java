package nl.bondgenoot.rules.domeinmodel;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import nl.bondgenoot.rules.Rule;

/**
 * Which features of the metamodel a rule reads, found in the rule's own compiled code: every getter
 * of a model class it calls, from its methods and from every Bondgenoot method they call in turn
 * (helpers such as ActorKinds included), and every enumeration literal it compares with. Read from
 * the code, so the list cannot drift from what the rule does; a helper method counts as read by each
 * rule that calls it, even on a path that rule seldom takes. A rule that reads features by name
 * ({@code eGet}, as AG-8 does with its parameter) says so in {@link Reads#byName()}: which names
 * depends on its parameters, so they are not listed.
 */
public final class RuleReads {

    /**
     * What one rule reads; {@code byName} is set when the rule also reads features of the elements
     * it checks by name ({@code eGet}), and then says which class those features are of.
     */
    public record Reads(Set<EStructuralFeature> features, Set<EEnumLiteral> literals, Optional<EClassifier> byName) {
    }

    private record Call(String owner, String name, String descriptor) {
    }

    /** What a method body refers to: the methods it calls and the static fields it reads. */
    private record Body(List<Call> calls, List<Call> staticFields) {
    }

    private record ClassFacts(String superName, Map<String, Body> methods) {
    }

    private static final String BONDGENOOT = "nl/bondgenoot/";
    private static final String EOBJECT = "org/eclipse/emf/ecore/EObject";

    private final EPackage ePackage;
    private final String packageInterface;
    private final String literalsInterface;
    private final Map<String, EStructuralFeature> getters = new HashMap<>();
    private final Map<String, EEnumLiteral> enumLiterals = new HashMap<>();
    private final Set<String> modelTypes = new HashSet<>();
    private final Map<String, ClassFacts> classes = new HashMap<>();

    public RuleReads(EPackage ePackage) {
        this.ePackage = ePackage;
        Class<?> packageClass = interfaceOf(ePackage.getClass());
        this.packageInterface = Type.getInternalName(packageClass);
        this.literalsInterface = packageInterface + "$Literals";
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier.getInstanceClass() == null) {
                continue;
            }
            String type = Type.getInternalName(classifier.getInstanceClass());
            modelTypes.add(type);
            if (classifier instanceof EClass eClass) {
                for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                    String capitalised = feature.getName().substring(0, 1).toUpperCase(Locale.ROOT)
                            + feature.getName().substring(1);
                    getters.put(type + ".get" + capitalised, feature);
                    getters.put(type + ".is" + capitalised, feature);
                }
            } else if (classifier instanceof EEnum eEnum) {
                for (EEnumLiteral literal : eEnum.getELiterals()) {
                    enumLiterals.put(type + "." + literal.getName(), literal);
                }
            }
        }
    }

    /** What {@code rule} reads, from its class, its superclasses and every Bondgenoot method they reach. */
    public Reads of(Rule<?> rule) {
        ClassLoader loader = rule.getClass().getClassLoader();
        Set<EStructuralFeature> features = new LinkedHashSet<>();
        Set<EEnumLiteral> literals = new LinkedHashSet<>();
        boolean byName = false;
        Deque<Call> work = new ArrayDeque<>();
        Set<Call> seen = new HashSet<>();
        for (String type = Type.getInternalName(rule.getClass()); followed(type); type = facts(type, loader).superName()) {
            ClassFacts facts = facts(type, loader);
            for (String method : facts.methods().keySet()) {
                int paren = method.indexOf('(');
                work.add(new Call(type, method.substring(0, paren), method.substring(paren)));
            }
        }
        while (!work.isEmpty()) {
            Call method = work.pop();
            if (!seen.add(method)) {
                continue;
            }
            Body body = bodyOf(method, loader);
            if (body == null) {
                continue;
            }
            for (Call call : body.calls()) {
                EStructuralFeature feature = featureOf(call);
                if (feature != null) {
                    features.add(feature);
                } else if (call.name().equals("eGet") && isEObjectCall(call)) {
                    byName = true;
                } else if (followed(call.owner())) {
                    work.add(call);
                }
            }
            for (Call field : body.staticFields()) {
                EEnumLiteral literal = enumLiterals.get(field.owner() + "." + field.name());
                EStructuralFeature feature = field.owner().equals(literalsInterface) ? literalFeature(field.name()) : null;
                if (literal != null) {
                    literals.add(literal);
                } else if (feature != null) {
                    features.add(feature);
                } else if (followed(field.owner())) {
                    // A switch on an enumeration reads its literals in a synthetic class's initialiser.
                    work.add(new Call(field.owner(), "<clinit>", "()V"));
                }
            }
        }
        return new Reads(features, literals, byName ? Optional.of(classifierOf(rule.appliesTo())) : Optional.empty());
    }

    private EClassifier classifierOf(Class<?> type) {
        return ePackage.getEClassifiers().stream().filter(c -> c.getInstanceClass() == type).findFirst()
                .orElse(EcorePackage.Literals.EOBJECT);
    }

    private boolean isEObjectCall(Call call) {
        return call.owner().equals(EOBJECT) || modelTypes.contains(call.owner());
    }

    /** A getter of a model class, or an accessor of the package interface ({@code getActor_Soort()}). */
    private EStructuralFeature featureOf(Call call) {
        EStructuralFeature getter = getters.get(call.owner() + "." + call.name());
        if (getter != null && call.descriptor().startsWith("()")) {
            return getter;
        }
        if (call.owner().equals(packageInterface) && call.descriptor().startsWith("()")) {
            try {
                Method accessor = ePackage.getClass().getMethod(call.name());
                return accessor.invoke(ePackage) instanceof EStructuralFeature feature ? feature : null;
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }
        return null;
    }

    private EStructuralFeature literalFeature(String name) {
        try {
            Class<?> literals = Class.forName(literalsInterface.replace('/', '.'), true, ePackage.getClass().getClassLoader());
            return literals.getField(name).get(null) instanceof EStructuralFeature feature ? feature : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** Bondgenoot's own code is followed; the generated model classes are where reads end. */
    private boolean followed(String type) {
        return type != null && type.startsWith(BONDGENOOT) && !modelTypes.contains(type) && !type.equals(packageInterface)
                && !type.startsWith(packageInterface + "$") && !type.startsWith(implPackage());
    }

    private String implPackage() {
        return packageInterface.substring(0, packageInterface.lastIndexOf('/') + 1) + "impl/";
    }

    /** The body a call runs: declared in its owner or inherited from a Bondgenoot superclass; null when abstract or unknown. */
    private Body bodyOf(Call call, ClassLoader loader) {
        for (String type = call.owner(); followed(type); type = facts(type, loader).superName()) {
            Body body = facts(type, loader).methods().get(call.name() + call.descriptor());
            if (body != null) {
                return body;
            }
        }
        return null;
    }

    private ClassFacts facts(String type, ClassLoader loader) {
        return classes.computeIfAbsent(type, t -> read(t, loader));
    }

    private static ClassFacts read(String type, ClassLoader loader) {
        Map<String, Body> methods = new HashMap<>();
        String[] superName = new String[1];
        try (InputStream in = loader.getResourceAsStream(type + ".class")) {
            if (in == null) {
                return new ClassFacts(null, methods);
            }
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visit(int version, int access, String name, String signature, String superClass,
                        String[] interfaces) {
                    superName[0] = superClass;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    if ((access & Opcodes.ACC_ABSTRACT) != 0) {
                        return null;
                    }
                    Body body = new Body(new ArrayList<>(), new ArrayList<>());
                    methods.put(name + descriptor, body);
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                            body.calls().add(new Call(owner, method, desc));
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                            if (opcode == Opcodes.GETSTATIC) {
                                body.staticFields().add(new Call(owner, field, desc));
                            }
                        }

                        @Override
                        public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... arguments) {
                            // Lambdas and method references: the method they stand for is called.
                            for (Object argument : arguments) {
                                if (argument instanceof Handle handle) {
                                    body.calls().add(new Call(handle.getOwner(), handle.getName(), handle.getDesc()));
                                }
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            throw new IllegalStateException("De code van " + type + " is niet te lezen", e);
        }
        return new ClassFacts(superName[0], methods);
    }

    private static Class<?> interfaceOf(Class<?> packageImpl) {
        for (Class<?> type : packageImpl.getInterfaces()) {
            if (EPackage.class.isAssignableFrom(type)) {
                return type;
            }
        }
        throw new IllegalArgumentException(packageImpl + " is geen gegenereerd EMF-pakket");
    }
}
