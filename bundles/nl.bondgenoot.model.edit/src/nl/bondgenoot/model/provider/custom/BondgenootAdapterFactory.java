package nl.bondgenoot.model.provider.custom;

import org.eclipse.emf.common.notify.Adapter;

import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.model.Gemeenterol;
import nl.bondgenoot.model.labels.ElementTexts;
import nl.bondgenoot.model.provider.BondgenootItemProviderAdapterFactory;
import nl.bondgenoot.model.provider.GemeenterolItemProvider;
import nl.bondgenoot.model.provider.BeleidscyclusItemProvider;
import nl.bondgenoot.model.provider.FaseperiodeItemProvider;
import nl.bondgenoot.model.provider.LidmaatschapItemProvider;
import nl.bondgenoot.model.provider.PeriodeItemProvider;
import nl.bondgenoot.model.provider.GovernancetyperingItemProvider;
import nl.bondgenoot.model.provider.KapitaalgoedItemProvider;
import nl.bondgenoot.model.provider.NetwerkregisseurItemProvider;
import nl.bondgenoot.model.provider.ParticipatieItemProvider;
import nl.bondgenoot.model.provider.PlateauItemProvider;
import nl.bondgenoot.model.provider.RegieprofielItemProvider;
import nl.bondgenoot.model.provider.RekenschapItemProvider;
import nl.bondgenoot.model.provider.ResultaatItemProvider;
import nl.bondgenoot.model.provider.RichtingItemProvider;
import nl.bondgenoot.model.provider.RuimteItemProvider;
import nl.bondgenoot.model.provider.SturingsmodeltyperingItemProvider;

/**
 * The item provider factory the workbench and the diagram use: the generated one, with the item
 * providers whose icons and labels depend on the element (actor category, kind of relation), and
 * Dutch labels for the elements without a name ({@link UnnamedElementText}).
 */
public class BondgenootAdapterFactory extends BondgenootItemProviderAdapterFactory {

    @Override
    public Adapter createActorAdapter() {
        if (actorItemProvider == null) {
            actorItemProvider = new ActorPresentation(this);
        }
        return actorItemProvider;
    }

    @Override
    public Adapter createSturingsrelatieAdapter() {
        if (sturingsrelatieItemProvider == null) {
            sturingsrelatieItemProvider = new SturingsrelatiePresentation(this);
        }
        return sturingsrelatieItemProvider;
    }

    @Override
    public Adapter createFinancieringsstroomAdapter() {
        if (financieringsstroomItemProvider == null) {
            financieringsstroomItemProvider = new FinancieringsstroomPresentation(this);
        }
        return financieringsstroomItemProvider;
    }

    @Override
    public Adapter createGemeenterolAdapter() {
        if (gemeenterolItemProvider == null) {
            gemeenterolItemProvider = new GemeenterolItemProvider(this) {
                /** "Rol van de gemeente: regisseur (verkenning)". */
                @Override
                public String getText(Object object) {
                    return getString("_UI_Gemeenterol_type") + ": " + ElementTexts.gemeenterol((Gemeenterol) object);
                }
            };
        }
        return gemeenterolItemProvider;
    }

    @Override
    public Adapter createNetwerkregisseurAdapter() {
        if (netwerkregisseurItemProvider == null) {
            netwerkregisseurItemProvider = new NetwerkregisseurItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return UnnamedElementText.of(object);
                }
            };
        }
        return netwerkregisseurItemProvider;
    }

    @Override
    public Adapter createGovernancetyperingAdapter() {
        if (governancetyperingItemProvider == null) {
            governancetyperingItemProvider = new GovernancetyperingItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return UnnamedElementText.of(object);
                }
            };
        }
        return governancetyperingItemProvider;
    }

    @Override
    public Adapter createSturingsmodeltyperingAdapter() {
        if (sturingsmodeltyperingItemProvider == null) {
            sturingsmodeltyperingItemProvider = new SturingsmodeltyperingItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return UnnamedElementText.of(object);
                }
            };
        }
        return sturingsmodeltyperingItemProvider;
    }

    @Override
    public Adapter createParticipatieAdapter() {
        if (participatieItemProvider == null) {
            participatieItemProvider = new ParticipatieItemProvider(this) {
                @Override
                public String getText(Object object) {
                    // several participations side by side (per burgergroep) differ by their group: it comes
                    // first, before the level and phase, so that a narrow tree still shows it
                    String text = UnnamedElementText.of(object);
                    String groep = ((Participatie) object).getBurgergroep();
                    String kind = getString("_UI_Participatie_type");
                    return groep == null || groep.isBlank() || !text.startsWith(kind) ? text
                            : kind + " " + groep.strip() + text.substring(kind.length()).replace(", " + groep.strip(), "");
                }
            };
        }
        return participatieItemProvider;
    }

    @Override
    public Adapter createRegieprofielAdapter() {
        if (regieprofielItemProvider == null) {
            regieprofielItemProvider = new RegieprofielItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return UnnamedElementText.of(object);
                }
            };
        }
        return regieprofielItemProvider;
    }

    @Override
    public Adapter createKapitaalgoedAdapter() {
        if (kapitaalgoedItemProvider == null) {
            kapitaalgoedItemProvider = new KapitaalgoedItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return UnnamedElementText.of(object);
                }
            };
        }
        return kapitaalgoedItemProvider;
    }

    @Override
    public Adapter createRichtingAdapter() {
        if (richtingItemProvider == null) {
            richtingItemProvider = new RichtingItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return UnnamedElementText.of(object);
                }
            };
        }
        return richtingItemProvider;
    }

    @Override
    public Adapter createRuimteAdapter() {
        if (ruimteItemProvider == null) {
            ruimteItemProvider = new RuimteItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return UnnamedElementText.of(object);
                }
            };
        }
        return ruimteItemProvider;
    }

    @Override
    public Adapter createResultaatAdapter() {
        if (resultaatItemProvider == null) {
            resultaatItemProvider = new ResultaatItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return UnnamedElementText.of(object);
                }
            };
        }
        return resultaatItemProvider;
    }

    @Override
    public Adapter createRekenschapAdapter() {
        if (rekenschapItemProvider == null) {
            rekenschapItemProvider = new RekenschapItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return UnnamedElementText.of(object);
                }
            };
        }
        return rekenschapItemProvider;
    }

    @Override
    public Adapter createBeleidscyclusAdapter() {
        if (beleidscyclusItemProvider == null) {
            beleidscyclusItemProvider = new BeleidscyclusItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return UnnamedElementText.of(object);
                }
            };
        }
        return beleidscyclusItemProvider;
    }

    @Override
    public Adapter createPlateauAdapter() {
        if (plateauItemProvider == null) {
            plateauItemProvider = new PlateauItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return UnnamedElementText.of(object);
                }
            };
        }
        return plateauItemProvider;
    }

    @Override
    public Adapter createLidmaatschapAdapter() {
        if (lidmaatschapItemProvider == null) {
            lidmaatschapItemProvider = new LidmaatschapItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return UnnamedElementText.lidmaatschap((nl.bondgenoot.model.Lidmaatschap) object);
                }
            };
        }
        return lidmaatschapItemProvider;
    }

    @Override
    public Adapter createFaseperiodeAdapter() {
        if (faseperiodeItemProvider == null) {
            faseperiodeItemProvider = new FaseperiodeItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return UnnamedElementText.of(object);
                }
            };
        }
        return faseperiodeItemProvider;
    }

    /** "Periode (van 1 januari 2008 tot en met 31 december 2012)" in the tree, where the generator wrote the date's Java text. */
    @Override
    public Adapter createPeriodeAdapter() {
        if (periodeItemProvider == null) {
            periodeItemProvider = new PeriodeItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return UnnamedElementText.periode((nl.bondgenoot.model.Periode) object);
                }
            };
        }
        return periodeItemProvider;
    }
}
