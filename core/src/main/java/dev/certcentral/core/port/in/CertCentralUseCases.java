package dev.certcentral.core.port.in;

/** Every use case of a certificate's life, as one entry point for applications. */
public interface CertCentralUseCases
    extends CancelOrderUseCase,
        RevokeOrderCertificatesUseCase,
        GetOrderUseCase,
        ListOrdersUseCase,
        GetValidationStatusUseCase,
        GetRequestUseCase,
        ListRequestsUseCase,
        DecideRequestUseCase,
        AwaitDecisionUseCase,
        PlaceOrderUseCase,
        CheckDcvUseCase,
        ReissueOrderUseCase,
        AwaitIssuanceUseCase,
        DownloadCertificateUseCase {}
