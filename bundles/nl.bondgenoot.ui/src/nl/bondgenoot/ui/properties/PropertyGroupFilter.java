package nl.bondgenoot.ui.properties;

import org.eclipse.jface.viewers.IFilter;

/** Shows a tab of Eigenschappen only for elements that have properties of its group. */
public abstract class PropertyGroupFilter implements IFilter {

    private final PropertyGroup group;

    protected PropertyGroupFilter(PropertyGroup group) {
        this.group = group;
    }

    @Override
    public boolean select(Object toTest) {
        return !group.descriptors(toTest).isEmpty();
    }

    public static class Algemeen extends PropertyGroupFilter {
        public Algemeen() {
            super(PropertyGroup.ALGEMEEN);
        }
    }

    public static class Tekst extends PropertyGroupFilter {
        public Tekst() {
            super(PropertyGroup.TEKST);
        }
    }

    public static class Relaties extends PropertyGroupFilter {
        public Relaties() {
            super(PropertyGroup.RELATIES);
        }
    }
}
