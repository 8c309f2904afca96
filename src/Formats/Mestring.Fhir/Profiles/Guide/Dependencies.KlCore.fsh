// Reconstructed from kl.dk.fhir.core 1.2.0 (not shipped with the guide's source; packages.fhir.org is not reachable).
// Only what KLFFBReporting uses: three simple extensions. Canonical base http://fhir.kl.dk/core/StructureDefinition/.
Extension: ConditionRank
Id: ConditionRank
Title: "ConditionRank"
Description: "The rank of the condition: 1 = primary, 2 = secondary"
* value[x] 1..
* value[x] only positiveInt

Extension: BasedOnServiceRequest
Id: BasedOnServiceRequest
Title: "BasedOnServiceRequest"
Description: "The service request an information gathering is based on"
* value[x] 1..
* value[x] only Reference(ServiceRequest)

Extension: ConditionLastAssertedDate
Id: ConditionLastAssertedDate
Title: "ConditionLastAssertedDate"
Description: "The date the condition was last asserted"
* value[x] 1..
* value[x] only dateTime
