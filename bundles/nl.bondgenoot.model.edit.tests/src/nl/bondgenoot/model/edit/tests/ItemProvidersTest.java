package nl.bondgenoot.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Financieringsinstrument;
import nl.bondgenoot.model.Financieringskader;
import nl.bondgenoot.model.Financieringsstroom;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.provider.BondgenootEditPlugin;
import nl.bondgenoot.model.provider.custom.BondgenootAdapterFactory;
import nl.bondgenoot.model.soorten.ActorSoortId;

/** What the tree editor, the properties view and the diagram will show and do through the item providers. */
class ItemProvidersTest {

    private final BondgenootAdapterFactory factory = new BondgenootAdapterFactory();
    private final BondgenootFactory f = BondgenootFactory.eINSTANCE;

    private Actor actor(String naam, ActorCategorie c, String soort) {
        Actor a = f.createActor();
        a.setId(EcoreUtil.generateUUID());
        a.setNaam(naam);
        a.setCategorie(c);
        a.setSoort(ActorSoortId.valueOf(soort));
        return a;
    }

    @Test
    void actorsAndRelationsReadAsConsultantsSpeak() {
        Actor gemeente = actor("Gemeente Zwolle", ActorCategorie.OVERHEID, "gemeente");
        Actor travers = actor("Travers", ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE, null);
        Sturingsrelatie subsidie = f.createSturingsrelatie();
        subsidie.setVan(gemeente);
        subsidie.setNaar(travers);
        subsidie.setSoort(SturingsrelatieSoort.SUBSIDIE);
        assertEquals("Gemeente Zwolle (gemeente)", label(gemeente));
        assertEquals("Travers (maatschappelijke organisatie)", label(travers));
        assertEquals("Gemeente Zwolle \u2192 Travers (subsidie)", label(subsidie));
    }

    @Test
    void aFinancieringsstroomReadsAsFinancierToOntvangerWithWhatIsKnownAndHasItsIcon() throws Exception {
        Actor gemeente = actor("Gemeente Zwolle", ActorCategorie.OVERHEID, "gemeente");
        Netwerk buurtgeluk = f.createNetwerk();
        buurtgeluk.setNaam("Buurtgeluk");
        Financieringsstroom stroom = f.createFinancieringsstroom();
        stroom.setFinancier(gemeente);
        stroom.setOntvanger(buurtgeluk);
        assertEquals("Gemeente Zwolle \u2192 Buurtgeluk (financiering)", label(stroom), "nothing guessed");
        stroom.setInstrument(Financieringsinstrument.SUBSIDIE);
        stroom.setKader(Financieringskader.WMO);
        stroom.setBedrag(new java.math.BigDecimal("12500"));
        assertEquals("Gemeente Zwolle \u2192 Buurtgeluk (subsidie \u00b7 Wmo \u00b7 \u20ac 12.500)", label(stroom));
        stroom.setBedrag(new java.math.BigDecimal("1250.5"));
        stroom.setOntschot(true);
        assertEquals("Gemeente Zwolle \u2192 Buurtgeluk (subsidie \u00b7 Wmo \u00b7 \u20ac 1.250,50 \u00b7 ontschot)", label(stroom));
        assertImageExists(image(stroom));
        IItemPropertySource source = (IItemPropertySource) factory.adapt(stroom, IItemPropertySource.class);
        assertEquals("Wettelijk kader", source.getPropertyDescriptor(stroom, "kader").getDisplayName(stroom));
        IItemPropertySource actorSource = (IItemPropertySource) factory.adapt(gemeente, IItemPropertySource.class);
        assertFalse(actorSource.getPropertyDescriptor(gemeente, "financiers").canSetProperty(gemeente),
                "derived from the flows: read only");
    }

    @Test
    void periodsShowInDutchOnWhatHasOne() {
        Actor gemeente = actor("Gemeente Peel en Maas", ActorCategorie.OVERHEID, "gemeente");
        nl.bondgenoot.model.Lidmaatschap lid = f.createLidmaatschap();
        lid.setLid(gemeente);
        assertEquals("Lidmaatschap Gemeente Peel en Maas", label(lid));
        lid.setPeriode(nl.bondgenoot.model.tijd.Periodes.periode(java.time.LocalDate.of(2010, 1, 1), null));
        assertEquals("Lidmaatschap Gemeente Peel en Maas (vanaf 1 januari 2010)", label(lid));
        nl.bondgenoot.model.Plateau plateau = f.createPlateau();
        plateau.setHuidig(2);
        plateau.setPeriode(nl.bondgenoot.model.tijd.Periodes.periode(java.time.LocalDate.of(2008, 1, 1),
                java.time.LocalDate.of(2012, 12, 31)));
        assertEquals("Plateau (huidig 2, van 1 januari 2008 tot en met 31 december 2012)", label(plateau));
        nl.bondgenoot.model.Faseperiode fase = f.createFaseperiode();
        fase.setFase(nl.bondgenoot.model.Beleidsfase.VERKENNING);
        assertEquals("Fase met periode (verkenning)", label(fase));
        assertEquals("Periode (vanaf 1 januari 2010)", label(lid.getPeriode()));
        IItemPropertySource source = (IItemPropertySource) factory.adapt(lid.getPeriode(), IItemPropertySource.class);
        assertEquals("Van", source.getPropertyDescriptor(lid.getPeriode(), "van").getDisplayName(lid.getPeriode()));
        assertEquals("Tot en met", source.getPropertyDescriptor(lid.getPeriode(), "tot").getDisplayName(lid.getPeriode()));
    }

    @Test
    void everyCategoryAndRelationKindHasAnIconThatExists() throws Exception {
        for (ActorCategorie c : ActorCategorie.values()) {
            assertImageExists(image(actor("x", c, null)));
        }
        for (SturingsrelatieSoort s : SturingsrelatieSoort.values()) {
            Sturingsrelatie r = f.createSturingsrelatie();
            r.setSoort(s);
            assertImageExists(image(r));
        }
    }

    @Test
    void propertiesHaveDutchNamesAndTheMetamodelsDocumentationAsDescription() {
        Actor a = actor("A", ActorCategorie.OVERHEID, null);
        IItemPropertySource source = (IItemPropertySource) factory.adapt(a, IItemPropertySource.class);
        IItemPropertyDescriptor financed = source.getPropertyDescriptor(a, "gefinancierdDoorGemeente");
        assertEquals("Gefinancierd door gemeente", financed.getDisplayName(a));
        String doc = EcoreUtil.getDocumentation(BondgenootPackage.Literals.ACTOR__GEFINANCIERD_DOOR_GEMEENTE);
        assertEquals(doc, financed.getDescription(a));
    }

    @Test
    void enumLabelsOfTheEditBundleAreTheProductsDutchLabels() {
        for (EClassifier c : BondgenootPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EEnum e) {
                for (var literal : e.getELiterals()) {
                    Enumerator value = literal.getInstance();
                    String key = "_UI_" + e.getName() + "_" + literal.getName() + "_literal";
                    assertEquals(Labels.of(value), BondgenootEditPlugin.INSTANCE.getString(key), key);
                }
            }
        }
    }

    @Test
    void everyFeatureHasADutchLabelWithoutCamelCase() {
        for (EClassifier c : BondgenootPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass cls) {
                for (EStructuralFeature feature : cls.getEStructuralFeatures()) {
                    String label = BondgenootEditPlugin.INSTANCE
                            .getString("_UI_" + cls.getName() + "_" + feature.getName() + "_feature");
                    assertFalse(label.chars().skip(1).anyMatch(Character::isUpperCase) && !label.matches(".*[A-Z]{2,}.*"),
                            cls.getName() + "." + feature.getName() + ": " + label);
                }
            }
        }
    }

    @Test
    void editsAreCommandsWithUndoAndDeleteCleansUpReferences() {
        Governancemodel model = f.createGovernancemodel();
        Actor a = actor("A", ActorCategorie.OVERHEID, null);
        Actor b = actor("B", ActorCategorie.MARKTPARTIJ, null);
        model.getActoren().addAll(List.of(a, b));
        Netwerk n = f.createNetwerk();
        n.getLeden().addAll(List.of(a, b));
        model.getNetwerken().add(n);
        var domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
        domain.getResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("mem:/m.bondgenoot"))
                .getContents().add(model);

        domain.getCommandStack().execute(SetCommand.create(domain, a, BondgenootPackage.Literals.ELEMENT__NAAM, "Gemeente"));
        assertEquals("Gemeente", a.getNaam());
        domain.getCommandStack().undo();
        assertEquals("A", a.getNaam());
        domain.getCommandStack().redo();
        assertEquals("Gemeente", a.getNaam());

        domain.getCommandStack().execute(DeleteCommand.create(domain, b));
        assertEquals(List.of(a), model.getActoren());
        assertEquals(List.of(a), n.getLeden(), "deleting an actor removes it from the networks too");
        domain.getCommandStack().undo();
        assertEquals(List.of(a, b), n.getLeden());
        assertTrue(domain.getCommandStack().canRedo());
    }

    @Test
    void aBeleidscyclusReadsAsItsPhasesNotAsABoolean() {
        var cyclus = f.createBeleidscyclus();
        cyclus.getFasen().addAll(List.of(nl.bondgenoot.model.Beleidsfase.VERKENNING,
                nl.bondgenoot.model.Beleidsfase.UITVOERING_VERANTWOORDING));
        assertEquals("Beleidscyclus (verkenning, uitvoering / verantwoording)", label(cyclus));
        cyclus.setEvaluatieVoedtVerkenning(true);
        assertEquals("Beleidscyclus (verkenning, uitvoering / verantwoording, evaluatie voedt verkenning)", label(cyclus));
        assertEquals("Beleidscyclus", label(f.createBeleidscyclus()));
    }

    /** A role of the gemeente reads as one in the tree: its soort in Dutch, its fase when known, an 'anders' role by its name. */
    @Test
    void aGemeenterolShowsItsSoortAndFaseInDutch() {
        var rol = f.createGemeenterol();
        assertEquals("Rol van de gemeente: rol onbekend", label(rol));
        rol.setSoort(nl.bondgenoot.model.GemeenterolSoort.DIRIGENT_REGELAAR);
        rol.setFase(nl.bondgenoot.model.Beleidsfase.KADERSTELLING_CONTRACTERING);
        assertEquals("Rol van de gemeente: dirigent / regelaar (kaderstelling / contractering)", label(rol));
        rol.setSoort(nl.bondgenoot.model.GemeenterolSoort.ANDERS);
        rol.setNaam("aanjager");
        rol.setFase(nl.bondgenoot.model.Beleidsfase.ONBEKEND);
        assertEquals("Rol van de gemeente: aanjager", label(rol));
    }

    /** Eigenschappen offers the known actor kinds by their Dutch labels, and keeps a soort it does not know. */
    @Test
    void theSoortOfAnActorIsChosenFromTheKnownKinds() {
        Actor a = actor("Gemeente Venlo", ActorCategorie.OVERHEID, "Gemeente");
        IItemPropertySource source = (IItemPropertySource) factory.adapt(a, IItemPropertySource.class);
        IItemPropertyDescriptor soort = source.getPropertyDescriptor(a, "soort");
        List<?> choices = List.copyOf(soort.getChoiceOfValues(a).stream().filter(java.util.Objects::nonNull).toList());
        assertTrue(soort.getChoiceOfValues(a).contains(null), "no kind can be chosen");
        for (String kind : List.of("gemeente", "centrumgemeente", "gemeenschappelijke regeling", "welzijn")) {
            assertTrue(choices.contains(ActorSoortId.valueOf(kind)), kind);
        }
        assertTrue(choices.contains(ActorSoortId.valueOf("Gemeente")), "the actor's own soort is not lost");
        IItemLabelProvider labels = soort.getLabelProvider(a);
        assertEquals("Gemeenschappelijke regeling", labels.getText(ActorSoortId.valueOf("gemeenschappelijke regeling")));
        assertEquals("'Gemeente' (onbekende soort)", labels.getText(ActorSoortId.valueOf("Gemeente")));
        assertEquals("Gemeente Venlo (Gemeente)", label(a));
    }

    /**
     * No element shows a value as Java prints it: whatever is set on it, a label holds no "true",
     * "false" or enumeration constant (NETWERK_KETENSTURING) where the user should read Dutch words.
     */
    @Test
    void noLabelShowsABooleanOrAnEnumerationConstant() {
        for (EClassifier c : BondgenootPackage.eINSTANCE.getEClassifiers()) {
            if (!(c instanceof EClass cls) || cls.isAbstract() || cls.isInterface()) {
                continue;
            }
            EObject element = f.create(cls);
            for (EAttribute attribute : cls.getEAllAttributes()) {
                Object value = sampleValue(attribute);
                if (value != null && attribute.isChangeable()) {
                    element.eSet(attribute, attribute.isMany() ? List.of(value) : value);
                }
            }
            String label = label(element);
            assertFalse(label.matches(".*\\b(true|false)\\b.*"), cls.getName() + ": " + label);
            for (EAttribute attribute : cls.getEAllAttributes()) {
                if (attribute.getEType() instanceof EEnum e) {
                    for (var literal : e.getELiterals()) {
                        String constant = literal.getName();
                        assertFalse(!constant.equals(Labels.of(literal.getInstance())) && label.contains(constant),
                                cls.getName() + ": " + label);
                    }
                }
            }
        }
    }

    /** A value that is not the default: the last enumeration literal, yes, 3 or a short text. */
    private static Object sampleValue(EAttribute attribute) {
        if (attribute.getEType() instanceof EEnum e) {
            return e.getELiterals().get(e.getELiterals().size() - 1).getInstance();
        }
        Class<?> type = attribute.getEType().getInstanceClass();
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type == int.class || type == Integer.class) {
            return 3;
        }
        return type == String.class ? "tekst" : null;
    }

    private String label(Object o) {
        return ((IItemLabelProvider) factory.adapt(o, IItemLabelProvider.class)).getText(o);
    }

    private Object image(Object o) {
        return ((IItemLabelProvider) factory.adapt(o, IItemLabelProvider.class)).getImage(o);
    }

    private static void assertImageExists(Object image) throws Exception {
        Object base = image instanceof ComposedImage composed ? composed.getImages().get(0) : image;
        assertNotNull(base);
        try (InputStream in = ((URL) base).openStream()) {
            assertTrue(in.read() >= 0, base.toString());
        }
    }

}
