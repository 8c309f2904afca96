namespace Mestring.Application.Plans;

/// <summary>The sectors' Danish names, for the plan's history (a version's change is stored as Danish text).</summary>
public static class SectorNames
{
    public static string Danish(Sector sector) => sector switch
    {
        Sector.Social => "Det sociale område",
        Sector.Children => "Børn og unge",
        Sector.Employment => "Beskæftigelse",
        Sector.Health => "Sundhed",
        Sector.Education => "Uddannelse",
        Sector.Housing => "Bolig",
        Sector.NetworkAndCivilSociety => "Netværk og civilsamfund",
    };
}
