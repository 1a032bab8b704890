//! The texts the app shows, by name. The server renders each in the page's language and
//! hands them to the app in the page, in this order; the app looks them up by variant
//! and carries no catalogue, no Fluent and no message ids of its own. A text with
//! variables arrives with `{name}` where each goes, for the app to fill in.

/// Declares `pub enum $name` of texts, each with its message id (`Variant = "id",`),
/// `$name::id()` and `$name::ALL`, in order: the order the page hands them over in.
macro_rules! message_ids {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$doc:meta])* $variant:ident = $id:literal,)*
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $($(#[$doc])* $variant,)*
        }

        impl $name {
            /// Every text, in the order the page hands them over.
            pub const ALL: [$name; [$(stringify!($variant)),*].len()] = [$($name::$variant),*];

            /// Its message id in the catalogues.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)*
                }
            }
        }
    };
}

/// Where the page hands the texts over: a JSON array of strings in a
/// `<script type="application/json">` with this id.
pub const ELEMENT_ID: &str = "ringcheck-words";

message_ids! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum AppText {
        CheckHeading = "app-check-heading",
        CheckIntro = "app-check-intro",
        CheckButton = "app-check-button",
        CheckAgain = "app-check-again",
        LocalModeNotice = "app-local-mode-notice",
        StatusStarting = "app-status-starting",
        StatusRunning = "app-status-running",
        StatusDone = "app-status-done",
        StatusNotStarted = "app-status-not-started",
        StatusNotFinished = "app-status-not-finished",
        ProgressLabel = "app-progress-label",
        ResultsHeading = "app-results-heading",
        EachWayThrough = "app-each-way-through",
        EveryTest = "app-every-test",
        EgressUnsaved = "app-egress-unsaved",
        OwnServersUnreachable = "app-own-servers-unreachable",
        NoWebrtc = "app-no-webrtc",
        LocalModeResult = "app-local-mode-result",
        FamiliesHeading = "app-families-heading",
        FamiliesWhy = "app-families-why",
        TableCaptionOneWay = "app-table-caption-one-way",
        TableCaption = "app-table-caption",
        ColumnPort = "app-column-port",
        ColumnProtocol = "app-column-protocol",
        ColumnUsedFor = "app-column-used-for",
        ColumnOutbound = "app-column-outbound",
        ColumnInbound = "app-column-inbound",
        ColumnMeaning = "app-column-meaning",
        NotReached = "app-not-reached",
        NotReachedWhy = "app-not-reached-why",
        NotTestable = "app-not-testable",
        NotTestableHere = "app-not-testable-here",
        Testing = "app-testing",
        NotThisWay = "app-not-this-way",
        FixHeading = "app-fix-heading",
        FixNothingGotOut = "app-fix-nothing-got-out",
        FixNothingToChange = "app-fix-nothing-to-change",
        FixStillStuck = "app-fix-still-stuck",
        FixBlocked = "app-fix-blocked",
        FixAffects = "app-fix-affects",
        FixProviderMay = "app-fix-provider-may",
        FixCheckRouter = "app-fix-check-router",
        FixAskProvider = "app-fix-ask-provider",
        FixHereIsAMessage = "app-fix-here-is-a-message",
        FixBeforeYouChange = "app-fix-before-you-change",
        ProviderMessageLabel = "app-provider-message-label",
        CopyMessage = "app-copy-message",
        Copied = "app-copied",
        CopyBlocked = "app-copy-blocked",
        ShareHeading = "app-share-heading",
        ShareWhoCanSee = "app-share-who-can-see",
        ShareLinkLabel = "app-share-link-label",
        CopyLink = "app-copy-link",
        CopyText = "app-copy-text",
        CopyJson = "app-copy-json",
        OpenFullResult = "app-open-full-result",
        TryAgain = "app-try-again",
        ReportLoading = "app-report-loading",
        ReportHeading = "app-report-heading",
        ReportCheckedOn = "app-report-checked-on",
        NewCheck = "app-new-check",
        RunAgain = "app-run-again",
        ErrorNotPublic = "app-error-not-public",
        ErrorWait = "app-error-wait",
        ErrorInProgress = "app-error-in-progress",
        ErrorBusy = "app-error-busy",
        ErrorNoReport = "app-error-no-report",
        ErrorBadLink = "app-error-bad-link",
        ErrorServer = "app-error-server",
        ErrorOther = "app-error-other",
        ErrorServerWhat = "app-error-server-what",
        ErrorOffline = "app-error-offline",
        ErrorOfflineWhat = "app-error-offline-what",
        ErrorUnexpected = "app-error-unexpected",
        ErrorUnexpectedWhat = "app-error-unexpected-what",
        ErrorLost = "app-error-lost",
        ErrorLostWhat = "app-error-lost-what",
        ErrorTimedOut = "app-error-timed-out",
        ErrorTimedOutWhat = "app-error-timed-out-what",
        ErrorCheckFailed = "app-error-check-failed",
        ErrorBadLinkWhat = "app-error-bad-link-what",
        MeaningGetsOut = "app-meaning-gets-out",
        MeaningBlockedOnTheWayOut = "app-meaning-blocked-on-the-way-out",
        MeaningSomePortsOnly = "app-meaning-some-ports-only",
        MeaningNothingGotOut = "app-meaning-nothing-got-out",
        MeaningNotTested = "app-meaning-not-tested",
        MeaningNotTestableInThisBrowser = "app-meaning-not-testable-in-this-browser",
        MeaningIntercepted = "app-meaning-intercepted",
        MeaningOpenToTheInternet = "app-meaning-open-to-the-internet",
        MeaningClosedToTheInternet = "app-meaning-closed-to-the-internet",
        MeaningNotBlocked = "app-meaning-not-blocked",
        MeaningBlockedByAFirewall = "app-meaning-blocked-by-a-firewall",
        MeaningNoReply = "app-meaning-no-reply",
        MeaningRouterSilent = "app-meaning-router-silent",
        OutReached = "app-out-reached",
        OutFailed = "app-out-failed",
        OutNoAnswer = "app-out-no-answer",
        OutIntercepted = "app-out-intercepted",
        OutNotTested = "app-out-not-tested",
        OutUnsupported = "app-out-unsupported",
        InOpen = "app-in-open",
        InClosed = "app-in-closed",
        InFiltered = "app-in-filtered",
        InUnreachable = "app-in-unreachable",
        InOpenOrFiltered = "app-in-open-or-filtered",
        InNotTested = "app-in-not-tested",
        TimingMs = "app-timing-ms",
        TimingWaited = "app-timing-waited",
        SampleTesting = "app-sample-testing",
        SampleGotOut = "app-sample-got-out",
        SampleDensity = "app-sample-density",
        FeatureNotifications = "app-feature-notifications",
        FeaturePhoneAlerts = "app-feature-phone-alerts",
        FeatureLiveView = "app-feature-live-view",
        FeatureTwoWayAudio = "app-feature-two-way-audio",
        FeatureSoftwareUpdates = "app-feature-software-updates",
        FeatureClockSync = "app-feature-clock-sync",
        FeatureRingAlarm = "app-feature-ring-alarm",
        VerdictWorks = "app-verdict-works",
        VerdictAtRisk = "app-verdict-at-risk",
        VerdictBlocked = "app-verdict-blocked",
        VerdictNotTested = "app-verdict-not-tested",
        OverallWorks = "app-overall-works",
        OverallAtRisk = "app-overall-at-risk",
        OverallBlocked = "app-overall-blocked",
        OverallUnknown = "app-overall-unknown",
        AudienceAndroid = "app-audience-android",
        AudienceIphone = "app-audience-iphone",
        Interception = "app-interception",
    }
}
