namespace MineralGraph.Api.Hosting;

/// <summary>Wraps a registered service in another that takes it as its inner service, keeping its lifetime.</summary>
internal static class ServiceDecoration
{
    /// <summary>
    /// Replaces the last registration of <typeparamref name="TService"/> with <paramref name="decorate"/>
    /// over it; <paramref name="caller"/> names the extension method in the error when there is none yet.
    /// </summary>
    public static void Decorate<TService>(this IServiceCollection services, string caller, Func<TService, IServiceProvider, TService> decorate)
        where TService : class
    {
        var registration = services.LastOrDefault(service => service.ServiceType == typeof(TService))
            ?? throw new InvalidOperationException($"{caller} found no {typeof(TService).Name} to wrap: call it after the graph store and the GraphQL schema are added.");
        services.Remove(registration);
        services.Add(ServiceDescriptor.Describe(
            typeof(TService),
            provider => decorate(Resolve<TService>(registration, provider), provider),
            registration.Lifetime));
    }

    private static TService Resolve<TService>(ServiceDescriptor registration, IServiceProvider provider)
        where TService : class =>
        (TService)(registration.ImplementationInstance
            ?? registration.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registration.ImplementationType!));
}
