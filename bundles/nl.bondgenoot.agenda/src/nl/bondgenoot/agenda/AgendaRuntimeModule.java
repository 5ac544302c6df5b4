package nl.bondgenoot.agenda;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;

import nl.bondgenoot.agenda.conversion.AgendaValueConverters;
import nl.bondgenoot.agenda.formatting.AgendaFormatter;
import nl.bondgenoot.agenda.linking.DutchLinkingMessages;
import nl.bondgenoot.agenda.naming.AgendaLocationInFile;
import nl.bondgenoot.agenda.naming.AgendaQualifiedNameProvider;
import nl.bondgenoot.agenda.parser.DutchSyntaxErrorMessages;
import nl.bondgenoot.agenda.resource.AgendaResource;

/** The agenda language's runtime services (names, values, Dutch messages, its own validator registry). */
public class AgendaRuntimeModule extends AbstractAgendaRuntimeModule {

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return AgendaQualifiedNameProvider.class;
    }

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return AgendaValueConverters.class;
    }

    @Override
    public Class<? extends ILocationInFileProvider> bindILocationInFileProvider() {
        return AgendaLocationInFile.class;
    }

    @Override
    public Class<? extends XtextResource> bindXtextResource() {
        return AgendaResource.class;
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return DutchSyntaxErrorMessages.class;
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return DutchLinkingMessages.class;
    }

    /**
     * The agenda's objects are the governance metamodel's: registering the agenda validator in EMF's
     * global registry would make it judge every model in the JVM. It gets a registry of its own.
     */
    @Override
    public EValidator.Registry bindEValidatorRegistry() {
        return new EValidatorRegistryImpl();
    }

    /** The formatter (formatter2): hand-written, the generator makes no stub for it (GenerateAgenda.mwe2). */
    public Class<? extends IFormatter2> bindIFormatter2() {
        return AgendaFormatter.class;
    }
}
