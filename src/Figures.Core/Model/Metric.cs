namespace Figures.Core.Model;

/// <summary>What a figure counts. The CSV spelling is the snake_case name in <see cref="Vocabulary"/>.</summary>
public enum Metric
{
    /// <summary>People living in an area (a stock at a date).</summary>
    Population,
    /// <summary>People living in displacement (a stock at a date).</summary>
    Idps,
    /// <summary>People newly displaced during a period (a flow).</summary>
    Displaced,
    /// <summary>People projected to be, or at risk of being, displaced.</summary>
    AtRisk,
    /// <summary>People killed during a period (a flow).</summary>
    Killed,
    /// <summary>Towns, villages or other localities attacked during a period (a flow).</summary>
    LocalitiesAttacked,
    /// <summary>People the source counts as fighters or members of armed groups (a stock).</summary>
    Combatants,
    /// <summary>People injured or wounded during a period (a flow).</summary>
    Injured,
    /// <summary>People in need of humanitarian assistance (a stock at a date).</summary>
    InNeed,
    /// <summary>Attacks on health care during a period: health facilities hit or put out of service, or attacks counted as incidents (a flow).</summary>
    HealthAttacks,
    /// <summary>Attacks on education during a period: schools hit, damaged or put out of use, or attacks counted as incidents (a flow).</summary>
    SchoolAttacks,
    /// <summary>The share of a group (the displaced, the killed) who are children, under 18; a percent only.</summary>
    ChildrenShare,
}
