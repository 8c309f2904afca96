namespace Mestring.Fhir;

/// <summary>The canonical URLs of KLFFBReporting 1.0.0 and the KL and DK core artefacts it uses.</summary>
public static class FfbProfiles
{
    public const string Canonical = "http://fhir.kl.dk/ffbreporting/StructureDefinition/";
    public const string DeliveryReport = Canonical + "kl-reporting-ffb-deliveryReport";
    public const string Citizen = Canonical + "kl-reporting-ffb-citizen";
    public const string ServiceRequest = Canonical + "kl-reporting-ffb-serviceRequest";
    public const string InformationGathering = Canonical + "kl-reporting-ffb-informationGathering";
    public const string Condition = Canonical + "kl-reporting-ffb-condition";
    public const string TargetGroup = Canonical + "kl-reporting-ffb-targetGroup";
    public const string InterventionGoal = Canonical + "kl-reporting-ffb-interventionGoal";
    public const string CarePlan = Canonical + "kl-reporting-ffb-carePlan";
    public const string Intervention = Canonical + "kl-reporting-ffb-intervention";
    public const string ServicePerformer = Canonical + "kl-reporting-ffb-servicePerformer";
    public const string CareEvaluation = Canonical + "kl-reporting-ffb-careEvaluation";
    public const string FollowUp = Canonical + "kl-reporting-ffb-followUp";
    public const string FollowUpEncounter = Canonical + "kl-reporting-ffb-followUpEncounter";
    public const string MunicipalityCaseNumber = Canonical + "kl-reporting-ffb-municipalityCaseNumber";
    public const string FollowUpDate = Canonical + "kl-reporting-ffb-follow-up-date-extension";

    // kl.dk.fhir.core 1.2.0 (SUSHI ids = the extension names).
    public const string KlCore = "http://fhir.kl.dk/core/StructureDefinition/";
    public const string BasedOnServiceRequest = KlCore + "BasedOnServiceRequest";
    public const string ConditionLastAssertedDate = KlCore + "ConditionLastAssertedDate";
    public const string ConditionRank = KlCore + "ConditionRank";

    public const string KlCommonCodes = "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes";
    public const string Snomed = "http://snomed.info/sct";
    public const string CprSystem = "urn:oid:1.2.208.176.1.2";
    public const string StsOrganisationSystem = "https://www.kombit.dk/organisation";
    public const string CaseNumberSystem = "urn:ietf:rfc:3986";

    // KL common codes and SNOMED codes fixed by the profiles (the guide's own constants).
    public const string GoalCategoryFfb = "0bb3daef-538d-45dc-b444-abdbcb63f6bc";
    public const string MeasureFunctionLevel = "66959f77-6e2a-4574-8423-3ff097f8b9fa";
    public const string MeasureGoalType = "90c48f03-f194-4b2f-ad7d-6cba1069ae48";
    public const string SupportNeedAssessment = "effe55c7-572c-4a99-8fb4-2a9dda2f6572";
    public const string FollowUpEncounterType = "9f03dfbb-7a97-45a5-94db-d4c3501714a9";
    public const string SnomedGoal = "410518001";
    public const string SnomedFollowUp = "712744002";
}
