namespace Figures.Core.Model;

/// <summary>What one unit of a figure's value is.</summary>
public enum Unit
{
    /// <summary>Individual people.</summary>
    People,
    /// <summary>Households or families.</summary>
    Households,
    /// <summary>Towns, villages or other settlements.</summary>
    Localities,
    /// <summary>A proportion, 0 to 100; never converted to people.</summary>
    Percent,
    /// <summary>Buildings that give a service: hospitals, clinics, health centres, schools.</summary>
    Facilities,
    /// <summary>Incidents counted as attacks (WHO's attacks on health care), however many places or people each touched.</summary>
    Attacks,
}
