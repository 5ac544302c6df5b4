// The category icons of the model editor's tree (nl.bondgenoot.model.edit/icons), bundled as data
// URLs at build time: the tree and the map show one icon per actor category.
import burger from '../../../nl.bondgenoot.model.edit/icons/categorie/burger.svg';
import clientorganisatie from '../../../nl.bondgenoot.model.edit/icons/categorie/clientorganisatie.svg';
import maatschappelijkeOrganisatie from '../../../nl.bondgenoot.model.edit/icons/categorie/maatschappelijke_organisatie.svg';
import marktpartij from '../../../nl.bondgenoot.model.edit/icons/categorie/marktpartij.svg';
import overheid from '../../../nl.bondgenoot.model.edit/icons/categorie/overheid.svg';
import professional from '../../../nl.bondgenoot.model.edit/icons/categorie/professional.svg';
import vertegenwoordigendOrgaan from '../../../nl.bondgenoot.model.edit/icons/categorie/vertegenwoordigend_orgaan.svg';

export const CATEGORY_ICONS: Record<string, string> = {
    overheid,
    maatschappelijke_organisatie: maatschappelijkeOrganisatie,
    marktpartij,
    vertegenwoordigend_orgaan: vertegenwoordigendOrgaan,
    clientorganisatie,
    professional,
    burger
};

/** The Dutch names of the categories, in the order of the model's enumeration. */
export const CATEGORY_LABELS: Record<string, string> = {
    overheid: 'Overheid',
    maatschappelijke_organisatie: 'Maatschappelijke organisatie',
    marktpartij: 'Marktpartij',
    vertegenwoordigend_orgaan: 'Vertegenwoordigend orgaan',
    clientorganisatie: 'Cliëntorganisatie',
    professional: 'Professional',
    burger: 'Burger'
};
